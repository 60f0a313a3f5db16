package org.pacta.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.Outcome;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The ingest progress bar: files done/total, elapsed / ETA, MB/s, docs/s and failures so far, on stderr. */
final class ConsoleProgress implements IngestListener, AutoCloseable {

    private final long startNanos = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile ProgressBar bar;

    @Override
    public void started(int files, long totalBytes) {
        bar = new ProgressBarBuilder()
                .setTaskName("Ingest")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(110)
                .continuousUpdate()
                .build();
    }

    @Override
    public void finished(FileResult result) {
        if (result.outcome() == Outcome.SKIPPED || result.outcome() == Outcome.EXCLUDED || bar == null) {
            return; // not among the files counted
        }
        if (result.outcome() == Outcome.FAILED) {
            failures.incrementAndGet();
        } else if (result.outcome() != Outcome.UNCHANGED && result.outcome() != Outcome.PRUNED) {
            documents.incrementAndGet();
            bytes.addAndGet(result.bytes());
        }
        if (result.path().contains("!/")) {
            return; // archive members: the bar counts files on disk
        }
        bar.step();
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        bar.setExtraMessage(String.format(" %.1f MB/s %.0f docs/s %d failed", bytes.get() / 1e6 / seconds,
                documents.get() / seconds, failures.get()));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
