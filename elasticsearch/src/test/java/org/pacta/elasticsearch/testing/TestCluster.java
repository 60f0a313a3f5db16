package org.pacta.elasticsearch.testing;

import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.node.ClusterMember;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.RunningNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A cluster of several real nodes on loopback, from the distribution the build prepared: each with
 * its own data and log dirs under {@code target/}, all master-eligible data nodes, started
 * together (none is ready before a master is elected) and stopped by {@link #close()}.
 */
public final class TestCluster implements AutoCloseable {

    private final List<LocalNode> nodes;
    private final List<RunningNode> running;

    private TestCluster(List<LocalNode> nodes, List<RunningNode> running) {
        this.nodes = nodes;
        this.running = running;
    }

    public static TestCluster start(String name, int size, String heap) {
        String clusterName = TestElasticsearch.uniquePrefix(name);
        List<String> nodeNames = IntStream.range(0, size).mapToObj(i -> "node-" + i).toList();
        List<Integer> transportPorts = IntStream.range(0, size).mapToObj(i -> freeLoopbackPort()).toList();
        List<String> seedHosts = transportPorts.stream().map(port -> "127.0.0.1:" + port).toList();
        List<LocalNode> nodes = IntStream.range(0, size)
                .mapToObj(i -> TestElasticsearch.newLocalNode(TestDirs.fresh("clusters", name + "-" + nodeNames.get(i)), heap,
                        new ClusterMember(clusterName, nodeNames.get(i), transportPorts.get(i), seedHosts, nodeNames)))
                .toList();
        List<CompletableFuture<RunningNode>> starts = nodes.stream()
                .map(node -> CompletableFuture.supplyAsync(() -> node.startOrAttach(LocalNode.Lifetime.OWNED)))
                .toList();
        try {
            return new TestCluster(nodes, starts.stream().map(CompletableFuture::join).toList());
        } catch (RuntimeException e) {
            nodes.forEach(LocalNode::stop);
            throw e;
        }
    }

    public String nodeName(int index) {
        return "node-" + index;
    }

    /** Every node's URL, as a client that fails over between them is given them. */
    public ConnectionSettings settings() {
        return new ConnectionSettings(running.stream().map(RunningNode::url).toList(), null, null, null, null);
    }

    public String urls() {
        return String.join(",", running.stream().map(node -> node.url().toString()).toList());
    }

    /** {@code kill -9} of a node: a node lost without a goodbye. */
    public void kill(int index) {
        killNode(running.get(index).pid());
    }

    /** {@code kill -9} of a node's launcher ({@code pid}, as recorded) and the server JVM it runs. */
    public static void killNode(long pid) {
        ProcessHandle.of(pid).ifPresent(launcher -> {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.onExit().join();
        });
    }

    @Override
    public void close() {
        nodes.forEach(LocalNode::stop);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
