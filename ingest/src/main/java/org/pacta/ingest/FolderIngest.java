package org.pacta.ingest;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.MetadataReader;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.Archive;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.BlobStore;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;
import org.pacta.core.ingest.TextExtractor;
import org.pacta.ingest.sidecar.InvalidSidecarException;
import org.pacta.ingest.sidecar.Sidecars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ingests folders into the archive: walk, skip what is unchanged, hash and keep the original,
 * extract in parallel, and hand documents to one batched writing session. A file is recorded as
 * done only once its documents are stored, so re-running after a crash finishes the job.
 */
public final class FolderIngest {

    private final TextExtractor extractor;
    private final BlobStore blobs;
    private final Archive archive;
    private final MetadataReader metadataReader;
    private final PassageReader passageReader;
    private final IngestOptions options;
    private final Clock clock;

    public FolderIngest(TextExtractor extractor, MetadataReader metadataReader, PassageReader passageReader,
                        BlobStore blobs, Archive archive, IngestOptions options, Clock clock) {
        this.extractor = extractor;
        this.metadataReader = metadataReader;
        this.passageReader = passageReader;
        this.blobs = blobs;
        this.archive = archive;
        this.options = options;
        this.clock = clock;
    }

    public IngestSummary run(List<Path> roots, IngestListener listener) {
        return run(roots, listener, StopSignal.NEVER);
    }

    /** As {@link #run(List, IngestListener)}, stopping early when asked: a stopped run does not prune. */
    public IngestSummary run(List<Path> roots, IngestListener listener, StopSignal stop) {
        Instant started = clock.instant();
        Tally tally = new Tally(listener);
        List<Path> realRoots = roots.stream().map(FolderIngest::realRoot).toList();
        List<FileResult> skipped = new ArrayList<>();
        FileWalker.Walk walk;
        try {
            walk = FileWalker.walk(realRoots, options.exclusions(), skipped::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + roots + ": " + e.getMessage(), e);
        }
        List<FileWalker.Candidate> candidates = walk.candidates();
        listener.started(candidates.size(), candidates.stream().mapToLong(FileWalker.Candidate::size).sum());
        skipped.forEach(tally::record);

        PathIndex index = new PathIndex(archive.catalog());
        if (options.dryRun()) {
            candidates.forEach(c -> tally.record(FileResult.of(c.path().toString(), wouldDo(index, c), c.size())));
            if (options.prune()) {
                stalePaths(index, realRoots, walk).forEach(p -> tally.record(FileResult.of(p, Outcome.PRUNED, 0)));
            }
            return tally.summary(Duration.between(started, clock.instant()));
        }

        Map<String, FileResult> pending = new ConcurrentHashMap<>();
        try (ArchiveSession session = archive.openSession(new SessionListener(pending, index, tally))) {
            runInParallel(candidates, stop, candidate -> ingest(candidate, session, index, pending, tally));
            if (options.prune() && !stop.stopRequested()) {
                for (String path : stalePaths(index, realRoots, walk)) {
                    prune(path, session, index);
                    tally.record(FileResult.of(path, Outcome.PRUNED, 0));
                }
            }
        }
        return tally.summary(Duration.between(started, clock.instant()));
    }

    private void ingest(FileWalker.Candidate candidate, ArchiveSession session, PathIndex index,
                        Map<String, FileResult> pending, Tally tally) {
        String path = candidate.path().toString();
        List<Path> sidecars = Sidecars.applicable(candidate.root(), candidate.path());
        String stamp;
        try {
            stamp = Sidecars.stamp(sidecars);
        } catch (IOException e) {
            tally.record(FileResult.failed(path, candidate.size(), FailureReason.IO_ERROR, "sidecar: " + e.getMessage()));
            return;
        }
        CatalogEntry known = index.entry(path);
        if (known != null && known.sameStat(candidate.size(), candidate.modifiedMillis(), stamp)) {
            tally.record(FileResult.archived(path, Outcome.UNCHANGED, candidate.size(), known.documentId()));
            return;
        }
        if (candidate.size() > options.maxFileBytes()) {
            tally.record(FileResult.failed(path, candidate.size(), FailureReason.TOO_LARGE, "larger than the "
                    + options.maxFileBytes() / (1024 * 1024) + " MB limit"));
            return;
        }
        AgreementMetadata curated = curatedMetadata(sidecars, tally);
        String sha256;
        try {
            sha256 = blobs.put(candidate.path());
        } catch (IOException e) {
            tally.record(FileResult.failed(path, candidate.size(), FailureReason.IO_ERROR, "cannot read: " + e.getMessage()));
            return;
        }
        CatalogEntry entry = new CatalogEntry(path, candidate.size(), candidate.modifiedMillis(), sha256, stamp,
                clock.instant());
        boolean contentChanged = known != null && !known.documentId().equals(sha256);
        boolean sidecarChanged = known != null && !known.sidecarStamp().equals(stamp);

        if (known != null && !contentChanged && !sidecarChanged) {
            // Touched but identical: only the catalog's size/mtime move on.
            pending.put(path, FileResult.archived(path, Outcome.UNCHANGED, candidate.size(), sha256));
            session.addPath(sha256, index.addPath(sha256, path), AgreementMetadata.EMPTY, entry);
        } else if (!sidecarChanged && !index.claim(sha256) && index.awaitStore(sha256)) {
            // Bytes already archived: add the path, and this path's curated fields if it has any.
            pending.put(path, FileResult.archived(path, known == null ? Outcome.DUPLICATE : Outcome.UPDATED, candidate.size(),
                    sha256));
            if (contentChanged) {
                detachFromOldVersion(known, session, index);
            }
            session.addPath(sha256, index.addPath(sha256, path), curated, entry);
        } else {
            Extraction extraction = extractor.extract(candidate.path());
            tally.ocrPages(extraction.flatten().mapToInt(Extraction::ocrPages).sum());
            if (!extraction.ok()) {
                index.abandon(sha256);
                tally.record(FileResult.failed(path, candidate.size(), DocumentFactory.reason(extraction),
                        extraction.failure().message()));
                return;
            }
            List<ArchiveDocument> documents = DocumentFactory.documents(extraction, sha256, index.addPath(sha256, path),
                    candidate.size(), curated, metadataReader, passageReader, clock.instant(), tally::record);
            pending.put(path, FileResult.archived(path, known == null ? Outcome.INDEXED : Outcome.UPDATED, candidate.size(),
                    sha256));
            if (contentChanged) {
                detachFromOldVersion(known, session, index);
            }
            session.store(documents, entry);
            index.submittedStore(sha256);
        }
    }

    /**
     * Takes a changed file's path off the document of its old bytes before the new version is written: the
     * writes go out in order, so a reader never sees the file archived twice, and a run stopped in between
     * still has the old catalog entry, so the next run writes the new version.
     */
    private static void detachFromOldVersion(CatalogEntry known, ArchiveSession session, PathIndex index) {
        session.replacePaths(known.documentId(), index.removePath(known.documentId(), known.path()));
    }

    private AgreementMetadata curatedMetadata(List<Path> sidecars, Tally tally) {
        try {
            return Sidecars.read(sidecars);
        } catch (InvalidSidecarException e) {
            // The document is still archived, without the curated fields; the sidecar is reported.
            tally.record(FileResult.failed(e.sidecar().toString(), 0, FailureReason.SIDECAR_INVALID, e.getMessage()));
            return AgreementMetadata.EMPTY;
        }
    }

    private void prune(String path, ArchiveSession session, PathIndex index) {
        CatalogEntry gone = index.entry(path);
        session.forget(path);
        index.forget(path);
        session.replacePaths(gone.documentId(), index.removePath(gone.documentId(), path));
    }

    private static Outcome wouldDo(PathIndex index, FileWalker.Candidate candidate) {
        CatalogEntry known = index.entry(candidate.path().toString());
        if (known == null) {
            return Outcome.INDEXED;
        }
        try {
            String stamp = Sidecars.stamp(Sidecars.applicable(candidate.root(), candidate.path()));
            return known.sameStat(candidate.size(), candidate.modifiedMillis(), stamp) ? Outcome.UNCHANGED : Outcome.UPDATED;
        } catch (IOException e) {
            return Outcome.UPDATED;
        }
    }

    /**
     * Archived paths under the roots that are gone from disk, or that are now excluded: the user asked
     * for them to be left out, so {@code --prune} takes them out of the archive too.
     */
    private static List<String> stalePaths(PathIndex index, List<Path> roots, FileWalker.Walk walk) {
        Set<String> seen = new HashSet<>();
        walk.candidates().forEach(c -> seen.add(c.path().toString()));
        return index.knownPaths().stream()
                .filter(path -> !seen.contains(path))
                .filter(path -> roots.stream().anyMatch(root -> Path.of(path).startsWith(root)))
                .filter(path -> !Files.exists(Path.of(path)) || excluded(Path.of(path), walk.excluded()))
                .sorted()
                .toList();
    }

    private static boolean excluded(Path path, Set<Path> excluded) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (excluded.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Bounded: a queue of a few files per worker, so walking 100,000 files does not fill the heap with tasks. */
    private void runInParallel(List<FileWalker.Candidate> candidates, StopSignal stop,
                               java.util.function.Consumer<FileWalker.Candidate> work) {
        ExecutorService pool = new ThreadPoolExecutor(options.workers(), options.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.workers() * 4), runnable -> {
                    Thread thread = new Thread(runnable, "pacta-ingest-worker");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (FileWalker.Candidate candidate : candidates) {
                if (stop.stopRequested()) {
                    break;
                }
                futures.add(pool.submit(() -> work.accept(candidate)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ingest interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path realRoot(Path root) {
        try {
            Path real = root.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("Not a folder: " + root);
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("No such folder: " + root, e);
        }
    }

    /** Turns the session's asynchronous verdicts into the files' outcomes. */
    private record SessionListener(Map<String, FileResult> pending, PathIndex index, Tally tally)
            implements ArchiveSession.Listener {

        @Override
        public void stored(CatalogEntry file) {
            index.record(file);
            FileResult result = pending.remove(file.path());
            if (result != null) {
                tally.record(result);
            }
        }

        @Override
        public void rejected(CatalogEntry file, String reason) {
            FileResult result = pending.remove(file.path());
            tally.record(FileResult.failed(file.path(), result == null ? 0 : result.bytes(), FailureReason.INDEX_REJECTED,
                    reason));
        }
    }
}
