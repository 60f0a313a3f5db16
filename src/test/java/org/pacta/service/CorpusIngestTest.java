package org.pacta.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole shared corpus and the seeds through the real pipeline into the real node, then again. */
class CorpusIngestTest {

    private static TestArchive archive;
    private static IngestSummary first;
    private static IngestSummary second;
    private static long files;

    @BeforeAll
    static void ingestTwice() throws IOException {
        files = 0;
        for (Path folder : IngestedCorpus.FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                files += walk.filter(Files::isRegularFile).count();
            }
        }
        IngestedCorpus corpus = IngestedCorpus.get();
        archive = corpus.archive;
        first = corpus.first;
        second = corpus.second;
    }

    @Test
    void everyFileIsIndexed() {
        assertEquals(List.of(), first.failures());
        assertEquals(files, first.count(Outcome.INDEXED), first.counts().toString());
        assertEquals(files, archive.count(IndexProbe.missing("parent_sha256")));
    }

    @Test
    void scannedPdfsAreSearchableByWordsThatOnlyExistInTheirImages() {
        assertEquals(1, archive.countPhrase("tota_262.pdf", "Republic of Estonia"));
        assertEquals(1, archive.countPhrase("tota_120.pdf", "Thailand"));
        assertEquals(1, archive.countPhrase("tota_222.pdf", "Israel"));
        Map<String, Object> scan = archive.document("tota_262.pdf");
        assertEquals(Boolean.TRUE, scan.get("ocr_applied"));
    }

    @Test
    void aLongAgreementIsSearchableByAPhraseFromItsLastPage() {
        Map<String, Object> longest = archive.document("tota_159.pdf");
        assertEquals(139, longest.get("pages"));
        assertTrue(((Number) longest.get("characters")).longValue() > 100_000);
        assertEquals(1, archive.countPhrase("tota_159.pdf", "DONE at Washington, D.C., this 30th day of June, 2007"));
    }

    @Test
    void aSecondRunFindsEverythingUnchanged() {
        assertEquals(files, second.count(Outcome.UNCHANGED), second.counts().toString());
        assertEquals(0, second.count(Outcome.INDEXED) + second.count(Outcome.UPDATED) + second.count(Outcome.FAILED));
        assertEquals(0, second.bytesRead());
    }

    @Test
    void originalsAreKeptContentAddressed() throws IOException {
        try (Stream<Path> blobs = Files.walk(archive.home.resolve("blobs"))) {
            assertEquals(files, blobs.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).count());
        }
    }
}
