package org.pacta.elasticsearch.node;

import org.pacta.elasticsearch.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local node's life: start, attach, stop, recovery after kill -9, readable failures. */
class LocalNodeTest {

    @Test
    void secondProcessOnTheSameDataDirAttachesAndStopLeavesNoProcess() {
        Path dataDir = freshDataDir();
        LocalNode first = TestElasticsearch.newLocalNode(dataDir);
        RunningNode started = first.startOrAttach(LocalNode.Lifetime.OWNED);
        List<ProcessHandle> family = familyOf(started.pid());
        try {
            assertTrue(started.owned());
            assertTrue(started.url().getHost().equals("127.0.0.1"), "bound to loopback: " + started.url());
            assertTrue(family.size() >= 2, "launcher and server JVM: " + family);

            LocalNode second = TestElasticsearch.newLocalNode(dataDir);
            RunningNode attached = second.startOrAttach(LocalNode.Lifetime.OWNED);
            assertFalse(attached.owned());
            assertEquals(started.url(), attached.url());
            assertEquals(started.pid(), attached.pid());
            assertEquals(started.url(), second.status().orElseThrow().url());
        } finally {
            assertTrue(first.stop());
        }
        family.forEach(p -> assertFalse(p.isAlive(), "still alive after stop: " + p.pid()));
        assertTrue(first.status().isEmpty());
        assertFalse(Files.exists(dataDir.resolve("es/node.properties")));
    }

    @Test
    void killedOwnerTakesItsNodeAlongAndTheStaleRecordIsRecovered() throws Exception {
        Path dataDir = freshDataDir();
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dpacta.es.distribution=" + System.getProperty("pacta.es.distribution"),
                "-Dpacta.es.plugin-zip=" + System.getProperty("pacta.es.plugin-zip"),
                LocalNodeOwnerMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        long nodePid = readNodePid(owner);
        List<ProcessHandle> family = familyOf(nodePid);

        owner.destroyForcibly(); // kill -9: no shutdown hook runs
        owner.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle process : family) {
            process.onExit().get(90, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(dataDir.resolve("es/node.properties")), "the dead owner left its record behind");

        LocalNode next = TestElasticsearch.newLocalNode(dataDir);
        RunningNode recovered = next.startOrAttach(LocalNode.Lifetime.OWNED);
        try {
            assertTrue(recovered.owned());
            assertTrue(recovered.pid() != nodePid);
        } finally {
            next.stop();
        }
    }

    @Test
    void startupFailureIsOneReadableSentenceWithTheLogPath() {
        Path dataDir = freshDataDir();
        LocalNode tooSmall = new LocalNode(new LocalNodeSettings(
                Path.of(System.getProperty("pacta.es.distribution")), Path.of(System.getProperty("pacta.es.plugin-zip")),
                dataDir, "2m", Duration.ofSeconds(120), "pacta-es"));
        LocalNodeException failure = assertThrows(LocalNodeException.class,
                () -> tooSmall.startOrAttach(LocalNode.Lifetime.OWNED));
        assertTrue(failure.getMessage().contains("stopped during start-up"), failure.getMessage());
        assertTrue(failure.getMessage().contains(dataDir.resolve("es/logs").toString()), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
    }

    @Test
    void missingDistributionIsExplained() {
        Path dataDir = freshDataDir();
        LocalNode nowhere = new LocalNode(new LocalNodeSettings(dataDir.resolve("no-such-es"), null, dataDir, "512m",
                Duration.ofSeconds(10), "pacta-es"));
        LocalNodeException failure = assertThrows(LocalNodeException.class,
                () -> nowhere.startOrAttach(LocalNode.Lifetime.OWNED));
        assertTrue(failure.getMessage().contains("No Elasticsearch distribution"), failure.getMessage());
    }

    private static Path freshDataDir() {
        return TestDirs.fresh("node-tests", "node");
    }

    private static long readNodePid(Process owner) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("NODE ")) {
                return Long.parseLong(line.split(" ")[1]);
            }
        }
        throw new AssertionError("The owner JVM exited without starting a node (exit " + owner.waitFor() + ")");
    }

    private static List<ProcessHandle> familyOf(long pid) {
        ProcessHandle launcher = ProcessHandle.of(pid).orElseThrow();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(launcher), launcher.descendants()).toList();
    }
}
