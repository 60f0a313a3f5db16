package org.pacta.web.ingest;

import jakarta.annotation.PreDestroy;
import org.pacta.config.WatchProperties;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.ingest.watch.FolderWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code PACTA_WATCH_ROOTS} in sync with the archive: at start one job compares the roots with the catalog
 * (after a restart only what changed meanwhile is read), then each batch of changes the {@link FolderWatcher}
 * reports becomes an ingest job with prune over the roots that hold them. Jobs run one at a time with the others.
 */
@Service
public class FolderWatches {

    private static final Logger log = LoggerFactory.getLogger(FolderWatches.class);

    /** What {@code GET /api/ingest-jobs} shows of the watch. */
    public record WatchStatus(List<String> roots, List<String> missingRoots, boolean watching, Instant watchingSince,
                       Instant lastBatchAt, long batchesRun, int pendingPaths, String lastError) {
    }

    private final IngestJobs jobs;
    private final WatchProperties properties;
    private volatile FolderWatcher watcher;

    FolderWatches(IngestJobs jobs, WatchProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.roots().isEmpty()) {
            return;
        }
        List<Path> roots = properties.roots().stream().map(FolderWatches::real).toList();
        try {
            // Watching first: a file that lands during the first comparison is then not missed.
            watcher = FolderWatcher.start(roots, properties.settings(), batch -> ingest(batch.roots()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + roots + ": " + e.getMessage(), e);
        }
        log.info("Watching {} for new, changed and removed files", roots);
        jobs.submit(IngestJob.Origin.WATCH, roots, true, Exclusions.standard());
    }

    /** On the watcher's thread: its next batch waits until this one is archived. */
    private void ingest(List<Path> roots) {
        if (!roots.isEmpty()) {
            jobs.submit(IngestJob.Origin.WATCH, roots, true, Exclusions.standard()).completion().join();
        }
    }

    public Optional<WatchStatus> view() {
        FolderWatcher current = watcher;
        if (current == null) {
            return Optional.empty();
        }
        FolderWatcher.Status status = current.status();
        return Optional.of(new WatchStatus(strings(status.roots()), strings(status.missingRoots()), status.watching(),
                status.watchingSince(), status.lastBatchAt(), status.batchesRun(), status.pendingPaths(), status.lastError()));
    }

    @PreDestroy
    void stop() {
        FolderWatcher current = watcher;
        if (current != null) {
            current.close();
        }
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    private static Path real(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("PACTA_WATCH_ROOTS: no such folder: " + root, e);
        }
    }
}
