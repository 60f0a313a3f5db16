package org.pacta.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-runs on a changing folder: duplicates, touched, changed, pruned files and sidecar metadata. */
class IncrementalIngestTest {

    private static TestArchive archive;
    private static IngestComponents components;
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        archive = new TestArchive("incremental");
        components = archive.components();
        folder = Files.createDirectories(archive.home.resolve("inbox"));
    }

    @AfterAll
    static void tearDown() {
        components.close();
    }

    private static IngestSummary ingest(boolean prune) {
        return components.ingest(List.of(folder), new IngestOptions(2, prune, false, IngestOptions.DEFAULT_MAX_FILE_BYTES), IngestListener.NONE).summary();
    }

    @Test
    void aFolderThatChangesBetweenRuns() throws IOException {
        Files.writeString(folder.resolve("mou.txt"), "Memorandum of understanding on fisheries between Norway and Iceland.");
        Files.writeString(folder.resolve("copy-of-mou.txt"), "Memorandum of understanding on fisheries between Norway and Iceland.");
        Files.writeString(folder.resolve("mou.txt.meta.yml"), "title: Fisheries MoU\nparties: [nor, isl]\nsigned_date: 2001-05-04\n");
        Files.writeString(folder.resolve("_folder.meta.yml"), "tags: [fisheries]\n");

        IngestSummary first = ingest(false);
        assertEquals(1, first.count(Outcome.INDEXED), first.toString());
        assertEquals(1, first.count(Outcome.DUPLICATE), first.toString());
        Map<String, Object> mou = archive.documentAt(folder.resolve("mou.txt"));
        assertEquals(List.of(folder.resolve("copy-of-mou.txt").toString(), folder.resolve("mou.txt").toString()),
                mou.get("source_paths"), "same bytes under two paths: one document");
        assertEquals("Fisheries MoU", mou.get("title"));
        assertEquals(List.of("NOR", "ISL"), mou.get("parties"));
        assertEquals("2001-05-04", mou.get("signed_date"));
        assertEquals(List.of("fisheries"), mou.get("tags"));
        assertTrue(((List<?>) mou.get("curated_fields")).containsAll(List.of("title", "parties", "signed_date", "tags")));

        // Touched but identical: unchanged, nothing re-extracted.
        Files.setLastModifiedTime(folder.resolve("mou.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        IngestSummary touched = ingest(false);
        assertEquals(2, touched.count(Outcome.UNCHANGED), touched.toString());

        // The copy changes: a new document; the first keeps only its own path.
        Files.writeString(folder.resolve("copy-of-mou.txt"), "Protocol amending the fisheries memorandum, signed in Reykjavik.");
        IngestSummary changed = ingest(false);
        assertEquals(1, changed.count(Outcome.UPDATED), changed.toString());
        assertEquals(List.of(folder.resolve("mou.txt").toString()), archive.documentAt(folder.resolve("mou.txt")).get("source_paths"));
        assertEquals(1, archive.countPhrase("copy-of-mou.txt", "signed in Reykjavik"));
        assertEquals("copy-of-mou.txt", archive.documentAt(folder.resolve("copy-of-mou.txt")).get("file_name"));

        // Editing a sidecar re-ingests its file.
        Files.writeString(folder.resolve("mou.txt.meta.yml"), "title: Fisheries Memorandum\nparties: [NOR, ISL]\n");
        IngestSummary edited = ingest(false);
        assertEquals(1, edited.count(Outcome.UPDATED), edited.toString());
        assertEquals("Fisheries Memorandum", archive.documentAt(folder.resolve("mou.txt")).get("title"));

        // Gone from disk: kept without --prune, removed with it.
        Files.delete(folder.resolve("copy-of-mou.txt"));
        assertEquals(0, ingest(false).count(Outcome.PRUNED));
        assertEquals(1, archive.countPhrase("copy-of-mou.txt", "signed in Reykjavik"));
        IngestSummary pruned = ingest(true);
        assertEquals(1, pruned.count(Outcome.PRUNED), pruned.toString());
        assertEquals(0, archive.countPhrase("copy-of-mou.txt", "signed in Reykjavik"));
        assertEquals(1, archive.count(IndexProbe.matchAll()));
    }

    @Test
    void anInvalidSidecarIsReportedAndTheDocumentStillArchived() throws IOException {
        Path other = Files.createDirectories(archive.home.resolve("other"));
        Files.writeString(other.resolve("note.txt"), "Exchange of notes concerning visas.");
        Files.writeString(other.resolve("note.txt.meta.json"), "{\"signed_date\": \"last Tuesday\"}");
        IngestSummary summary = components.ingest(List.of(other), new IngestOptions(1, false, false, IngestOptions.DEFAULT_MAX_FILE_BYTES), IngestListener.NONE).summary();
        assertEquals(1, summary.count(Outcome.INDEXED));
        assertEquals(1, summary.failures().size());
        assertTrue(summary.failures().get(0).message().contains("signed_date must be a date"), summary.failures().toString());
        assertEquals(1, archive.countPhrase("note.txt", "exchange of notes"));
    }
}
