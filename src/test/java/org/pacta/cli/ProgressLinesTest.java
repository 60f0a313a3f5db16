package org.pacta.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLinesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aLineEveryFivePercentOfTheFilesAndNoCarriageReturn() {
        ProgressLines progress = new ProgressLines("Ingest", out, Duration.ofHours(1));
        progress.started(1000);
        for (int done = 1; done <= 1000; done++) {
            progress.progressed(new ProgressLines.Tally(done, done, done * 1000L, done / 100));
        }
        progress.finished(new ProgressLines.Tally(1000, 1000, 1_000_000, 10));
        String[] lines = lines();
        assertEquals(21, lines.length, "the start and one per 5 %");
        assertEquals("Ingest: 1000 files", lines[0]);
        assertTrue(lines[1].startsWith("Ingest: 50/1000 files (5 %), "), lines[1]);
        assertTrue(lines[1].contains("ETA"), lines[1]);
        assertTrue(lines[20].startsWith("Ingest: 1000/1000 files (100 %), "), lines[20]);
        assertTrue(lines[20].endsWith("10 failed"), "no ETA once done: " + lines[20]);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void betweenStepsALineWhenTheIntervalHasPassed() {
        ProgressLines progress = new ProgressLines("Ingest", out, Duration.ZERO);
        progress.started(1000);
        progress.progressed(new ProgressLines.Tally(1, 1, 10, 0));
        progress.tick(new ProgressLines.Tally(1, 1, 10, 0)); // a long file: the log still hears from the run
        assertEquals(3, lines().length);
        assertTrue(lines()[2].startsWith("Ingest: 1/1000 files (0 %)"), lines()[2]);
    }

    @Test
    void aRunThatEndsBetweenStepsStillEndsWithItsCount() {
        ConsoleProgress progress = new ConsoleProgress("Reindex", new ProgressLines("Reindex", out, Duration.ofHours(1)));
        progress.started(3, 30);
        progress.finished(new org.pacta.ingest.FileResult("a.txt", org.pacta.ingest.Outcome.INDEXED, 10, "id", null, null));
        progress.close();
        String[] lines = lines();
        assertEquals("Reindex: 1/3 files (33 %)", lines[lines.length - 1].substring(0, 25));
    }
}
