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

/**
 * A runaway parser cannot hang the caller. The bounds below only prove "returns, does not hang":
 * they are far above the time limit, since speed is measured in benchmarks, not here. HangingParser (test-only, registered for a made-up media
 * type) simulates the three kinds of runaway.
 */
class TimeoutTest {

    private static TikaTextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new TikaTextExtractor(ExtractorConfig.builder()
                .timeout(Duration.ofSeconds(3)) // a normal document fits easily even on a loaded machine
                .stuckThreadGrace(Duration.ofSeconds(2)) // generous: CI machines are loaded
                .build());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static Path hang(Path dir, String how) throws Exception {
        return Fixtures.write(dir.resolve(how.replace(' ', '-') + ".bin"), "PACTA-HANG " + how, StandardCharsets.US_ASCII);
    }

    private static void assertStillWorks() {
        Extraction ok = extractor.extract(TestData.agreement("tota_86.txt"));
        assertTrue(ok.ok(), ok::toString);
    }

    @Test
    void sleepingParserIsInterrupted(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        Extraction e = extractor.extract(hang(dir, "sleep"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(FailureReason.TIMEOUT, e.failureKind().orElse(null), e::toString);
        assertEquals("application/x-pacta-hang", e.mediaType());
        assertTrue(ms < 20_000, "returned after " + ms + " ms");
        assertTrue(e.warnings().isEmpty(), "the thread stopped: " + e.warnings());
        assertStillWorks();
    }

    @Test
    void chatteringParserDeafToInterruptsIsStoppedByTheHandler(@TempDir Path dir) throws Exception {
        int before = extractor.abandonedThreads();
        Extraction e = extractor.extract(hang(dir, "chatter"));
        assertEquals(FailureReason.TIMEOUT, e.failureKind().orElse(null), e::toString);
        assertEquals(before, extractor.abandonedThreads());
        assertStillWorks();
    }

    @Test
    void spinningParserIsAbandonedNotWaitedFor(@TempDir Path dir) throws Exception {
        int before = extractor.abandonedThreads();
        long t0 = System.nanoTime();
        Extraction e = extractor.extract(hang(dir, "spin 8000"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(FailureReason.TIMEOUT, e.failureKind().orElse(null), e::toString);
        assertTrue(ms < 20_000, "returned after " + ms + " ms");
        assertEquals(before + 1, extractor.abandonedThreads());
        assertTrue(e.warnings().toString().contains("abandoned"), e.warnings()::toString);
        assertStillWorks(); // while the abandoned thread still spins
    }
}
