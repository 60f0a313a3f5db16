package org.pacta.cluster;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacta.cli.PactaProcess;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.RunningNode;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestCluster;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.web.LocalApi;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single local node killed with {@code kill -9}: {@code pacta ingest} stops with a clear
 * message and a state the next run completes; {@code pacta serve} reports Elasticsearch down and
 * starts the node again.
 */
@Tag("full")
class LocalNodeLossTest {

    private static final Path FOLDER = IngestChecks.sharedFolder("bench");

    @Test
    void ingestFailsCleanlyAndTheNextRunFinishesTheJob() throws Exception {
        Path home = PactaProcess.freshDataDir("ingest-node-loss");
        String prefix = TestElasticsearch.uniquePrefix("ingest-node-loss");
        Map<String, String> env = Map.of("PACTA_ES_INDEX_PREFIX", prefix, "PACTA_ES_HEAP", "384m",
                "PACTA_INGEST_WORKERS", "2");
        try (BackgroundPacta ingest = BackgroundPacta.start(home, env, "ingest", FOLDER.toString())) {
            IngestChecks.await("the ingest has started its node", Duration.ofMinutes(4),
                    () -> !ingest.isAlive() || recordedNode(home) != null);
            RecordedNode node = recordedNode(home);
            try (ElasticsearchConnection connection = ElasticsearchConnection.open(ConnectionSettings.local(node.url()))) {
                IngestChecks.await("the ingest has written 50 documents", Duration.ofMinutes(5),
                        () -> !ingest.isAlive() || IngestChecks.indexedOperations(new IndexProbe(connection), prefix) >= 50);
            }
            assertTrue(ingest.isAlive(), "the ingest ended before the node was killed: " + ingest.output());
            TestCluster.killNode(node.pid());

            int exit = ingest.awaitExit(Duration.ofMinutes(3));
            assertNotEquals(0, exit, ingest.output());
            assertTrue(ingest.output().contains("the local Elasticsearch node died"), ingest.output());
            assertTrue(ingest.output().contains("run the same command again"), ingest.output());
        }

        PactaProcess.Result rerun = PactaProcess.run(home, env, "ingest", FOLDER.toString());
        assertEquals(0, rerun.exitCode(), rerun.output());
        LocalNode node = TestElasticsearch.newLocalNode(home);
        RunningNode running = node.startOrAttach(LocalNode.Lifetime.OWNED);
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(ConnectionSettings.local(running.url()))) {
            Set<String> hashes = IngestChecks.distinctHashes(FOLDER);
            IngestChecks.assertEachFileStoredOnce(new IndexProbe(connection), prefix, hashes);
        } finally {
            node.stop();
        }
    }

    @Test
    void serveRestartsItsNodeAfterItIsKilled() throws Exception {
        Path home = PactaProcess.freshDataDir("serve-node-loss");
        int port = PactaProcess.freePort();
        LocalApi api = new LocalApi(port);
        try (BackgroundPacta serve = BackgroundPacta.start(home,
                Map.of("PACTA_PORT", Integer.toString(port), "PACTA_ES_HEAP", "384m"), "serve")) {
            IngestChecks.await("serve is healthy", Duration.ofMinutes(4), () -> BackgroundPacta.healthStatus(api) == 200 || !serve.isAlive());
            assertTrue(serve.isAlive(), serve.output());
            long killed = recordedNode(home).pid();
            TestCluster.killNode(killed);

            IngestChecks.await("health reports the node down", Duration.ofSeconds(60), () -> BackgroundPacta.healthStatus(api) == 503);
            IngestChecks.await("serve restarted its node", Duration.ofMinutes(4), () -> BackgroundPacta.healthStatus(api) == 200);
            // The node answers a moment before its record is written.
            IngestChecks.await("a new node is recorded", Duration.ofSeconds(60), () -> {
                RecordedNode restarted = recordedNode(home);
                return restarted != null && restarted.pid() != killed;
            });
            assertEquals(200, api.get("/api/search?q=agreement").statusCode(), "search after the restart");
            assertTrue(serve.output().contains("The local Elasticsearch node is back"), serve.output());
        }
    }

    private record RecordedNode(long pid, URI url) {
    }

    private static RecordedNode recordedNode(Path home) {
        Path file = home.resolve("es/node.properties");
        if (!Files.exists(file)) {
            return null;
        }
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            state.load(in);
        } catch (IOException e) {
            return null; // being written
        }
        return state.getProperty("pid") == null ? null
                : new RecordedNode(Long.parseLong(state.getProperty("pid")), URI.create(state.getProperty("url")));
    }
}
