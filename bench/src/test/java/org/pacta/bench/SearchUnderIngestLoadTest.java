package org.pacta.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacta.cli.PactaProcess;
import org.pacta.cluster.BackgroundPacta;
import org.pacta.cluster.IngestChecks;
import org.pacta.core.search.SearchRequest;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.web.LocalApi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bounded load on loopback: 8 clients search with all facets through {@code pacta serve}'s API for
 * 2 minutes (at most 100,000 requests) while {@code pacta ingest} writes to the same index. No
 * request may fail; p50/p99 are printed, not asserted (this machine's speed is not the product's).
 */
@Tag("full")
class SearchUnderIngestLoadTest {

    private static final int CLIENTS = 8;
    private static final int SECONDS = 120;
    private static final int MAX_REQUESTS = 100_000;

    @Test
    void eightClientsSearchWithoutErrorsWhileAnIngestRuns() throws Exception {
        Path home = PactaProcess.freshDataDir("load");
        String prefix = TestElasticsearch.uniquePrefix("load");
        int port = PactaProcess.freePort();
        LocalApi api = new LocalApi(port);
        Map<String, String> env = Map.of("PACTA_ES_URL", TestElasticsearch.shared().settings().nodes().get(0).toString(),
                "PACTA_ES_INDEX_PREFIX", prefix, "PACTA_PORT", Integer.toString(port), "PACTA_INGEST_WORKERS", "2");

        PactaProcess.Result corpus = PactaProcess.run(home, env, "ingest", IngestChecks.sharedFolder("corpus").toString());
        assertTrue(corpus.exitCode() == 0 || corpus.exitCode() == 3, corpus.output()); // 3: some files unreadable
        List<SearchRequest> queries = SearchBenchmark.queries(
                new ElasticsearchAdapters(TestElasticsearch.shared().connection(), prefix).documentReader(), 42);

        // Four distinct copies of the bench folder: an ingest that outlasts the 2 minutes of searches on 2 cores.
        Path toIngest = BenchCorpus.build(IngestChecks.sharedFolder("bench"), home.resolve("bench-copies"), 4,
                System.out).out();
        try (BackgroundPacta serve = BackgroundPacta.start(home, env, "serve");
             BackgroundPacta ingest = BackgroundPacta.start(home, env, "ingest", toIngest.toString())) {
            IngestChecks.await("serve answers", Duration.ofMinutes(3), () -> !serve.isAlive() || BackgroundPacta.healthStatus(api) == 200);
            assertTrue(serve.isAlive(), serve.output());
            IngestChecks.await("the ingest is writing", Duration.ofMinutes(5), () -> !ingest.isAlive()
                    || IngestChecks.indexedOperations(IndexProbe.shared(), prefix) > 100);
            assertTrue(ingest.isAlive(), "the ingest ended before the load began: " + ingest.output());

            SearchBenchmark.Stats stats = SearchBenchmark.searchApi(api.uri("/"), queries, CLIENTS, SECONDS, MAX_REQUESTS);
            boolean ingestRanThroughout = ingest.isAlive();
            System.out.printf("Load: %d clients, %d s, %d requests, %d errors, %.1f req/s, p50 %.1f ms, p99 %.1f ms; "
                            + "ingest still running at the end: %s%n", CLIENTS, SECONDS, stats.requests(), stats.errors(),
                    stats.qps(), stats.p50(), stats.p99(), ingestRanThroughout);

            assertTrue(stats.requests() > 0, "no search was sent");
            assertEquals(0, stats.errors(), "failed searches out of " + stats.requests() + "; serve:\n" + serve.output());
            assertEquals(0, ingest.awaitExit(Duration.ofMinutes(15)), ingest.output());
        }
    }
}
