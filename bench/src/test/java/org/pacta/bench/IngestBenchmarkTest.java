package org.pacta.bench;

import org.junit.jupiter.api.Test;
import org.pacta.bench.IngestBenchmark.Variant;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.ingest.Outcome;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest benchmark's harness on a tiny folder: figures exist, and nothing is left behind. No timing assertions. */
class IngestBenchmarkTest {

    @Test
    void measuresEveryVariantAndDeletesItsIndices() throws IOException {
        Path home = BenchFixtures.scratch("ingest-home");
        Path folder = Files.createDirectories(home.resolveSibling(home.getFileName() + "-folder"));
        Files.writeString(folder.resolve("fisheries.txt"), "Memorandum of understanding on fisheries between Norway and Iceland.");
        Files.writeString(folder.resolve("trade.txt"), "Agreement on trade in goods between the parties, signed in Geneva.");
        Files.writeString(folder.resolve("transit.html"), "<html><head><title>Transit</title></head><body>"
                + "<p>Convention on transit trade of land-locked states.</p></body></html>");
        Files.writeString(folder.resolve(".hidden.txt"), "not a document");
        Files.writeString(folder.resolve("Thumbs.db"), "thumbnail cache");
        Files.writeString(folder.resolve("notes.txt"), "Notes on the benchmark folder.");
        Files.writeString(folder.resolve(".pactaignore"), "notes.txt\n");
        BenchFixtures.pdf(folder.resolve("protocol.pdf"), "Protocol amending the agreement, page one.",
                "Done at Ankara, page two.");

        String prefix = TestElasticsearch.uniquePrefix("bench");
        PactaProperties properties = new PactaProperties(home, List.of(),
                new PactaProperties.Elasticsearch(null, null, null, null, null, prefix, null),
                new PactaProperties.Ingest(2, true, "eng", "auto", Duration.ofSeconds(180), DataSize.ofMegabytes(512),
                        20_000_000, List.of(), PactaProperties.Ingest.Isolation.THREAD, Duration.ofSeconds(30)),
                new PactaProperties.Search(Duration.ofSeconds(5)));
        ElasticsearchConnection connection = TestElasticsearch.shared().connection();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        IngestBenchmarkResult result = new IngestBenchmark(properties, connection, -1,
                new PrintStream(progress, true, StandardCharsets.UTF_8)).run(folder, 2, 1);

        assertEquals(4, result.files(), "hidden files, leftovers and excluded files are not documents, for the raw "
                + "references as for Pacta");
        assertEquals(2, result.pages(), "the PDF's pages, from raw Tika");
        assertEquals(2, result.pactaPages(), "the PDF's pages, from Pacta's documents");
        assertEquals(4, result.pactaSummary().count(Outcome.INDEXED), result.pactaSummary().toString());
        assertEquals(4, result.pactaSearchable());
        assertEquals(4, result.reingestSummary().count(Outcome.UNCHANGED), result.reingestSummary().toString());
        assertEquals(4, result.bulkDocuments());
        assertEquals(0, result.tikaFailures());
        for (Variant variant : Variant.values()) {
            assertEquals(1, result.samples().get(variant).size());
            assertTrue(result.seconds(variant).median() > 0, variant.name());
            assertTrue(result.docsPerSecond(variant) > 0, variant.name());
            assertTrue(result.pagesPerSecond(variant) > 0, variant.name());
            assertTrue(result.megabytesPerSecond(variant) > 0, variant.name());
            assertTrue(result.peakHeapBytes(variant) > 0, variant.name());
        }
        assertTrue(result.reingest().seconds() > 0);
        assertTrue(result.reingestSpeedup() > 0);
        assertTrue(result.pactaToTika().median() > 0);
        assertTrue(result.pactaToBulk().median() > 0);
        assertTrue(result.pactaToSerial().median() > 0);

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        result.print(new PrintStream(table, true, StandardCharsets.UTF_8));
        String printed = table.toString(StandardCharsets.UTF_8);
        for (String row : List.of("(a) Pacta ingest", "(b) raw Tika", "(c) raw ES bulk", "(d) Pacta re-ingest",
                "Pacta / raw Tika", "Pacta / raw ES bulk", "first ingest / unchanged re-ingest")) {
            assertTrue(printed.contains(row), row + " missing from:\n" + printed);
        }

        assertTrue(result.indexPrefix().startsWith(prefix + "-bench-"), result.indexPrefix());
        assertTrue(new IndexProbe(connection).indices(prefix + "*").isEmpty(),
                "the benchmark's indices are deleted");
        assertFalse(Files.exists(home.resolve("bench")), "the benchmark's blobs are deleted");
    }
}
