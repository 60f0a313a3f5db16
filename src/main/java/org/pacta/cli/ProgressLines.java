package org.pacta.cli;

import org.pacta.ingest.IngestPace;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Ingest progress for a log, not a terminal: a plain line when another 5 % of the files is done or
 * 10 s have passed since the last line, never a carriage return (a redrawn bar writes ~100 KB of them
 * into a log for 82 files).
 */
final class ProgressLines {

    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final int STEPS = 20; // a line every 5 %

    private final String task;
    private final PrintStream out;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private int total;
    private int lastStep;
    private long lastLineNanos = startNanos;

    /** @param task what the lines begin with: "Ingest", "Reindex" */
    ProgressLines(String task, PrintStream out, Duration interval) {
        this.task = task;
        this.out = out;
        this.intervalNanos = interval.toNanos();
    }

    synchronized void started(int files) {
        total = files;
        out.printf("%s: %d files%n", task, files);
    }

    /** After a file: a line if it crosses a 5 % step or the interval has passed. */
    synchronized void progressed(Tally tally) {
        int step = total == 0 ? STEPS : tally.files() * STEPS / total;
        long now = System.nanoTime();
        if (step > lastStep || now - lastLineNanos >= intervalNanos) {
            lastStep = Math.max(lastStep, step);
            line(tally, now);
        }
    }

    /** Between files (a long OCR run): a line when the interval has passed, so a log shows the run is alive. */
    synchronized void tick(Tally tally) {
        long now = System.nanoTime();
        if (now - lastLineNanos >= intervalNanos) {
            line(tally, now);
        }
    }

    synchronized void finished(Tally tally) {
        if (tally.files() > 0 && lastStep < STEPS) {
            line(tally, System.nanoTime());
        }
    }

    private void line(Tally tally, long now) {
        lastLineNanos = now;
        IngestPace pace = new IngestPace(tally.files(), total, Duration.ofNanos(now - startNanos));
        double seconds = pace.seconds();
        int percent = total == 0 ? 100 : tally.files() * 100 / total;
        String eta = pace.etaSeconds().isPresent() ? ", ETA " + pace.etaSeconds().getAsLong() + " s" : "";
        out.printf("%s: %d/%d files (%d %%), %.0f s, %.1f MB/s, %.1f docs/s, %d failed%s%n", task, tally.files(), total,
                percent, seconds, tally.bytes() / 1e6 / seconds, tally.documents() / seconds, tally.failures(), eta);
    }

    /** What the run has done so far. */
    record Tally(int files, int documents, long bytes, int failures) {
    }
}
