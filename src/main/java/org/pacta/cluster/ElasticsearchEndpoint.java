package org.pacta.cluster;

import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.LocalNodeSettings;
import org.pacta.elasticsearch.node.RunningNode;

import java.util.Optional;

/**
 * The Elasticsearch this Pacta process talks to: the external cluster when {@code PACTA_ES_URL} is
 * set, otherwise the local node of the data dir (attached to, or started and owned).
 */
public final class ElasticsearchEndpoint implements AutoCloseable {

    public enum Mode { EXTERNAL, LOCAL_NODE }

    private final Mode mode;
    private final ConnectionSettings settings;
    private final LocalNode localNode;
    private final RunningNode runningNode;

    private ElasticsearchEndpoint(Mode mode, ConnectionSettings settings, LocalNode localNode, RunningNode runningNode) {
        this.mode = mode;
        this.settings = settings;
        this.localNode = localNode;
        this.runningNode = runningNode;
    }

    public static ElasticsearchEndpoint connect(PactaProperties properties, LocalNode.Lifetime lifetime) {
        PactaProperties.Elasticsearch es = properties.es();
        if (es.external()) {
            return new ElasticsearchEndpoint(Mode.EXTERNAL,
                    ConnectionSettings.of(es.url(), es.apiKey(), es.username(), es.password(), es.caCert()), null, null);
        }
        LocalNode node = localNode(properties);
        RunningNode running = node.startOrAttach(lifetime);
        if (running.owned()) {
            node.onUnexpectedExit(exitCode -> abandon(properties, exitCode));
        }
        return new ElasticsearchEndpoint(Mode.LOCAL_NODE, ConnectionSettings.local(running.url()), node, running);
    }

    /**
     * A command that started its own node cannot go on without it: say so and exit. What was not
     * finished is not in the catalog, so the same command run again completes the work. (Serve
     * restarts its node instead, see {@link LocalNodeWatchdog}.)
     */
    private static void abandon(PactaProperties properties, int exitCode) {
        System.err.printf("pacta: the local Elasticsearch node died (exit code %d; see %s). Files not finished are "
                + "not recorded: run the same command again to complete the work.%n", exitCode,
                properties.home().resolve("es/logs"));
        System.exit(1);
    }

    public static LocalNode localNode(PactaProperties properties) {
        PactaProperties.LocalNode local = properties.es().local();
        return new LocalNode(new LocalNodeSettings(local.distribution(), local.pluginZip(), properties.home(),
                local.heap(), local.startTimeout(), local.systemUser()));
    }

    public Mode mode() {
        return mode;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public Optional<RunningNode> runningNode() {
        return Optional.ofNullable(runningNode);
    }

    LocalNode node() {
        return localNode;
    }

    /** Stops the local node if this process started it; an attached or external one is left alone. */
    @Override
    public void close() {
        if (runningNode != null && runningNode.owned()) {
            localNode.stop();
        }
    }
}
