package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hard-isolation extractor: child JVMs that are killed or die instead of the caller. */
class ChildProcessExtractorTest {

    private static ChildProcessTextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new ChildProcessTextExtractor(ExtractorConfig.builder()
                .timeout(Duration.ofSeconds(20))
                .stuckThreadGrace(Duration.ofMillis(300))
                .build(), 1, "256m");
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static void assertStillWorks() {
        Extraction e = extractor.extract(TestData.agreement("tota_123.html"));
        assertTrue(e.ok(), e::toString);
        assertEquals("es", e.language());
        assertEquals("Latin American Integration Association (LAIA)", e.title());
    }

    @Test
    void sameResultAsInProcess(@TempDir Path dir) throws Exception {
        Extraction e = extractor.extract(TestData.agreement("tota_159.pdf"));
        assertTrue(e.ok(), e::toString);
        assertEquals(139, e.pageCount());
        assertTrue(CorpusExtractionTest.squash(e.text()).contains("DONE at Washington, D.C., this 30th day of June, 2007"));
        assertEquals(TestData.agreement("tota_159.pdf"), e.source());

        Path zip = Fixtures.write(dir.resolve("b.zip"), Fixtures.zip("x/a.txt", "Member text of the bundle."));
        Extraction z = extractor.extract(zip);
        assertEquals("x/a.txt", z.children().get(0).embeddedPath());
        assertEquals("Member text of the bundle.", z.children().get(0).text());
        assertEquals(FailureReason.EMPTY, extractor.extract(Fixtures.write(dir.resolve("e.txt"), new byte[0]))
                .failureKind().orElse(null));
    }

    @Test
    void outOfMemoryKillsOnlyTheChild(@TempDir Path dir) throws Exception {
        int before = extractor.restarts();
        Path f = Fixtures.write(dir.resolve("oom.bin"), "PACTA-HANG oom", StandardCharsets.US_ASCII);
        Extraction e = extractor.extract(f);
        assertTrue(e.failureKind().filter(k -> k == FailureReason.OUT_OF_MEMORY).isPresent(), e::toString);
        assertStillWorks();
        assertTrue(extractor.restarts() >= before, "child replaced");
    }

    @Test
    void parserDeafToCancellationEndsWithItsProcess(@TempDir Path dir) throws Exception {
        try (ChildProcessTextExtractor quick = new ChildProcessTextExtractor(ExtractorConfig.builder()
                .timeout(Duration.ofSeconds(3)).stuckThreadGrace(Duration.ofMillis(200)).build(), 1, "256m")) {
            Path f = Fixtures.write(dir.resolve("spin.bin"), "PACTA-HANG spin 60000", StandardCharsets.US_ASCII);
            long t0 = System.nanoTime();
            Extraction e = quick.extract(f);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(FailureReason.TIMEOUT, e.failureKind().orElse(null), e::toString);
            assertTrue(ms < 15_000, "took " + ms + " ms (including child start)");
            // the child exited with the spinning thread; the next document gets a fresh one
            Extraction ok = quick.extract(TestData.agreement("tota_86.txt"));
            assertTrue(ok.ok(), ok::toString);
            assertEquals("fr", ok.language());
        }
    }
}
