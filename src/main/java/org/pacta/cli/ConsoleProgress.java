package org.pacta.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.Outcome;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest progress on stderr: files done/total, elapsed / ETA, MB/s, docs/s and failures so far. A
 * redrawn bar on a terminal; plain lines ({@link ProgressLines}) when the output goes to a file or a pipe.
 */
final class ConsoleProgress implements IngestListener, AutoCloseable {

    private final long startNanos = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();
    private final String task;
    private final ProgressLines lines;
    private volatile boolean started;
    private volatile ProgressBar bar;
    private volatile ScheduledExecutorService ticker;

    /** A bar when the standard streams are a terminal, else lines; {@code task} names the work: "Ingest", "Reindex". */
    ConsoleProgress(String task) {
        this(task, onTerminal() ? null : new ProgressLines(task, System.err, ProgressLines.INTERVAL));
    }

    /** On JDK 17 a console exists only on a terminal; from JDK 22 it always may, and says so by isTerminal(). */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21
        }
    }

    /** @param lines where plain lines go, or null for the bar */
    ConsoleProgress(String task, ProgressLines lines) {
        this.task = task;
        this.lines = lines;
    }

    @Override
    public void started(int files, long totalBytes) {
        started = true;
        if (lines != null) {
            lines.started(files);
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "pacta-progress-lines");
                thread.setDaemon(true);
                return thread;
            });
            long seconds = ProgressLines.INTERVAL.toSeconds();
            ticker.scheduleAtFixedRate(() -> lines.tick(tally()), seconds, seconds, TimeUnit.SECONDS);
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(110)
                .continuousUpdate()
                .build();
    }

    @Override
    public void finished(FileResult result) {
        if (!started || result.outcome() == Outcome.SKIPPED || result.outcome() == Outcome.EXCLUDED) {
            return; // not among the files counted
        }
        if (result.outcome() == Outcome.FAILED) {
            failures.incrementAndGet();
        } else if (result.outcome().wroteDocument()) {
            documents.incrementAndGet();
            bytes.addAndGet(result.bytes());
        }
        if (!result.countedFile()) {
            return; // an archive member: its documents count, but the bar counts files on disk
        }
        files.incrementAndGet();
        show();
    }

    /** Progress counted elsewhere (a server's job, polled): the counts move to these totals. */
    void advanceTo(ProgressLines.Tally now) {
        if (!started) {
            return;
        }
        files.set(now.files());
        documents.set(now.documents());
        bytes.set(now.bytes());
        failures.set(now.failures());
        show();
    }

    private void show() {
        if (lines != null) {
            lines.progressed(tally());
            return;
        }
        bar.stepTo(Math.max(bar.getCurrent(), files.get())); // workers race to here: never step back
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        bar.setExtraMessage(String.format(" %.1f MB/s %.0f docs/s %d failed", bytes.get() / 1e6 / seconds,
                documents.get() / seconds, failures.get()));
    }

    private ProgressLines.Tally tally() {
        return new ProgressLines.Tally(files.get(), documents.get(), bytes.get(), failures.get());
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (lines != null) {
            lines.finished(tally());
        }
        if (bar != null) {
            bar.close();
        }
    }
}
