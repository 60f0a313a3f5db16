package org.pacta.cli;

import org.pacta.config.WatchProperties;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.watch.FolderWatcher;
import org.pacta.service.IngestComponents;
import org.pacta.web.ingest.IngestReport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code ./pacta ingest --watch}: the first run, then one run per quiet batch of changes under the folders (with
 * prune, so removed files leave the archive), in this process until Ctrl-C.
 */
final class WatchingIngest {

    private final IngestComponents components;
    private final Path reports;
    private final PrintStream out;
    /** The first run and the watcher's batches take turns: two runs at once would race for the same files. */
    private final ReentrantLock turn = new ReentrantLock();

    WatchingIngest(IngestComponents components, Path reports, PrintStream out) {
        this.components = components;
        this.reports = reports;
        this.out = out;
    }

    /** @param first the first run, made while the folders are already watched so nothing lands unseen */
    void run(List<Path> folders, IngestOptions options, WatchProperties watch, Runnable first) throws InterruptedException {
        List<Path> roots = folders.stream().map(WatchingIngest::real).toList();
        IngestOptions pruning = new IngestOptions(options.workers(), true, false, options.maxFileBytes(), options.exclusions());
        turn.lock();
        try (FolderWatcher watcher = start(roots, watch, batch -> batch(batch.roots(), pruning))) {
            try {
                first.run();
                out.printf("Watching %s for new, changed and removed files; Ctrl-C stops.%n", roots);
            } finally {
                turn.unlock();
            }
            new CountDownLatch(1).await(); // until Ctrl-C ends the JVM
        }
    }

    private void batch(List<Path> roots, IngestOptions options) {
        if (roots.isEmpty()) {
            return;
        }
        turn.lock();
        try {
            IngestComponents.Run run = components.ingest(roots, options, IngestListener.NONE);
            Path report = IngestReport.write(reports, run.summary(), Instant.now());
            IngestOutcome outcome = IngestOutcome.of(run, report, false);
            out.printf("Watch: %s%s%n", outcome.summaryLine(), outcome.hasFailures() ? "; failures in " + report : "");
        } catch (RuntimeException e) {
            out.println("Watch: this batch failed (" + e.getMessage() + "); the next change or rescan tries again.");
        } finally {
            turn.unlock();
        }
    }

    private static FolderWatcher start(List<Path> roots, WatchProperties watch,
                                       java.util.function.Consumer<FolderWatcher.Batch> onBatch) {
        try {
            return FolderWatcher.start(roots, watch.settings(), onBatch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + roots + ": " + e.getMessage(), e);
        }
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("No such folder: " + folder, e);
        }
    }
}
