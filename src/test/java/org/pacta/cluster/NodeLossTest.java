package org.pacta.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacta.cli.PactaProcess;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestCluster;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 3-node cluster loses the node holding the documents' primary shard, by {@code kill -9}, while
 * {@code pacta ingest} writes to it: the ingest still finishes with every file stored exactly once,
 * and searches sent during and after the loss are answered.
 */
@Tag("full")
class NodeLossTest {

    private static final Path FOLDER = IngestChecks.sharedFolder("bench");
    private static TestCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start("node-loss", 3, "384m");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void ingestCompletesAndSearchAnswersWhenANodeIsKilled() throws Exception {
        String prefix = TestElasticsearch.uniquePrefix("node-loss");
        Path home = PactaProcess.freshDataDir("node-loss");
        Set<String> hashes = IngestChecks.distinctHashes(FOLDER);
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(cluster.settings());
             BackgroundPacta ingest = BackgroundPacta.start(home,
                     Map.of("PACTA_ES_URL", cluster.urls(), "PACTA_ES_INDEX_PREFIX", prefix, "PACTA_INGEST_WORKERS", "2"),
                     "ingest", FOLDER.toString())) {
            IndexProbe probe = new IndexProbe(connection);
            IngestChecks.await("the ingest has written 50 documents", Duration.ofMinutes(5),
                    () -> !ingest.isAlive() || IngestChecks.indexedOperations(probe, prefix) >= 50);
            assertTrue(ingest.isAlive(), "the ingest ended before the node loss: " + ingest.output());
            Map<String, Object> health = probe.send("GET",
                    "/_cluster/health/" + prefix + "-documents?wait_for_status=green&timeout=60s", null);
            assertEquals(2, health.get("active_shards"), "the documents index has a primary and one replica");

            int victim = primaryHolder(probe, prefix);
            cluster.kill(victim);

            Searches searches = new Searches(new ElasticsearchAdapters(connection, prefix).documentSearch());
            while (ingest.isAlive() && searches.sent() < 2_000) {
                searches.send();
                Thread.sleep(200);
            }
            int exit = ingest.awaitExit(Duration.ofMinutes(10));
            assertEquals(0, exit, "ingest after losing " + cluster.nodeName(victim) + ":\n" + ingest.output());
            assertTrue(searches.sent() > 0, "no search was sent while the ingest ran after the loss");

            assertEquals(2, connection.health().nodes(), "nodes after the loss");
            IngestChecks.assertEachFileStoredOnce(probe, prefix, hashes);
            for (int i = 0; i < 20; i++) {
                searches.send();
            }
            assertEquals(List.of(), searches.failures, "searches without an answer");
        }
    }

    private static int primaryHolder(IndexProbe probe, String prefix) {
        String node = probe.cat("shards/" + prefix + "-documents").stream()
                .filter(shard -> "p".equals(shard.get("prirep")))
                .map(shard -> (String) shard.get("node"))
                .findFirst().orElseThrow();
        return Integer.parseInt(node.substring("node-".length()));
    }

    /** Pacta's own document search, with facets, through the client that knows all three nodes. */
    private static final class Searches {
        private final DocumentSearch search;
        private final List<String> failures = new ArrayList<>();
        private int sent;

        Searches(DocumentSearch search) {
            this.search = search;
        }

        void send() {
            sent++;
            try {
                search.search(new SearchRequest("agreement", List.of(), true, null, null, List.of(), List.of(), List.of(),
                        List.of(), SearchRequest.Sort.RELEVANCE, 0, 10, null));
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
        }

        int sent() {
            return sent;
        }
    }
}
