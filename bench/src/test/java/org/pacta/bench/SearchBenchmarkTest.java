package org.pacta.bench;

import org.junit.jupiter.api.Test;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.service.IngestedCorpus;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search benchmark's harness, briefly, on documents generated from the ingested corpus: both sides answer, no errors. No timing assertions. */
class SearchBenchmarkTest {

    @Test
    void measuresTheApiAndElasticsearchOnTheSameQueries() {
        IngestedCorpus corpus = IngestedCorpus.get();
        PactaProperties properties = new PactaProperties(corpus.home(), List.of(),
                new PactaProperties.Elasticsearch(null, null, null, null, null, corpus.prefix(), null),
                new PactaProperties.Ingest(2, true, "eng", "auto", Duration.ofSeconds(180), DataSize.ofMegabytes(512),
                        20_000_000, List.of(), PactaProperties.Ingest.Isolation.THREAD, Duration.ofSeconds(30)),
                new PactaProperties.Search(Duration.ofSeconds(5)));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        SearchBenchmark.Result result = new SearchBenchmark(properties, TestElasticsearch.shared().connection(),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run(120, List.of(1, 2), 2, 7);

        assertEquals(120, result.documents(), "generated from the archive's texts");
        assertTrue(result.passages() > result.documents(), result.passages() + " passages");
        assertTrue(result.indexBytes() > 0 && result.nodeHeapMax() > 0, result.toString());
        assertEquals(List.of(1, 2), result.levels().stream().map(SearchBenchmark.Level::clients).toList());
        for (SearchBenchmark.Stats side : List.of(result.api(), result.direct())) {
            assertTrue(side.requests() > 0, side.toString());
            assertEquals(0, side.errors(), side.toString());
            assertTrue(side.p50() > 0 && side.p50() <= side.p95() && side.p95() <= side.p99(), side.toString());
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        result.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("API p99 / ES-direct p99"), printed.toString());
    }
}
