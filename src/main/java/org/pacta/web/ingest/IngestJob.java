package org.pacta.web.ingest;

import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestPace;
import org.pacta.ingest.Outcome;
import org.pacta.ingest.StopSignal;
import org.pacta.service.IngestComponents;
import org.pacta.ingest.exclude.Exclusions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A server-side ingest of folders, with live counts that {@code GET /api/ingest-jobs/{id}} shows; {@code DELETE}
 * asks it to stop after the files in hand ({@link StopSignal}).
 */
public final class IngestJob implements IngestListener, StopSignal {

    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** Where a job came from: a request to the API, the data dir's own command line, or a watched folder. */
    public enum Origin { API, COMMAND_LINE, WATCH }

    /**
     * What the API shows of a job.
     *
     * @param filesDone      files of {@code totalFiles} finished so far (archive members are in {@code counts})
     * @param filesPerSecond since the job started
     * @param etaSeconds     at that rate, while it runs and has done something; else null
     * @param documentsDone  documents written so far (new or changed; an archive's members each count)
     * @param bytesDone      the bytes of those documents
     * @param bytesRead      once finished: bytes read from disk by the run
     * @param agreements     once finished: what the run did to the agreements
     * @param warnings       once finished: set-up problems of the extractor (e.g. OCR unavailable)
     * @param stopRequested  a stop was asked for ({@code DELETE}); the job ends after the files in hand
     */
    public record View(String id, Origin origin, List<String> paths, boolean prune, List<String> exclude, State state,
                       Instant createdAt, Instant startedAt, Instant finishedAt, int totalFiles, int filesDone,
                       Double filesPerSecond, Long etaSeconds, int documentsDone, long bytesDone,
                       Map<String, Integer> counts, List<Failure> failures, int failuresOmitted, Long bytesRead,
                       Agreements agreements, List<String> warnings, boolean stopRequested, String error, String report) {
    }

    public record Agreements(int written, int unchanged, int removed) {
    }

    public record Failure(String path, String reason, String message) {
    }

    private static final int MAX_LISTED_FAILURES = 1000;

    private final String id;
    private final Origin origin;
    private final List<Path> paths;
    private final boolean prune;
    private final Exclusions exclusions;
    private final Instant createdAt = Instant.now();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<Failure> failures = new ArrayList<>();
    private int failuresOmitted;
    private State state = State.QUEUED;
    private Instant startedAt;
    private Instant finishedAt;
    private int totalFiles;
    private int filesDone;
    private int documentsDone;
    private long bytesDone;
    private Long bytesRead;
    private Agreements agreements;
    private List<String> warnings = List.of();
    private volatile boolean stopRequested;
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    private String error;
    private String report;

    IngestJob(String id, Origin origin, List<Path> paths, boolean prune, Exclusions exclusions) {
        this.id = id;
        this.origin = origin;
        this.paths = List.copyOf(paths);
        this.prune = prune;
        this.exclusions = exclusions;
    }

    public String id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Path> paths() {
        return paths;
    }

    boolean prune() {
        return prune;
    }

    Exclusions exclusions() {
        return exclusions;
    }

    /** @return false when the job was cancelled while queued: it must not run */
    synchronized boolean running() {
        if (stopRequested) {
            state = State.CANCELLED;
            finishedAt = Instant.now();
            completion.complete(null);
            return false;
        }
        state = State.RUNNING;
        startedAt = Instant.now();
        return true;
    }

    synchronized void done(IngestComponents.Run run, List<String> setupWarnings, Path reportFile) {
        state = stopRequested ? State.CANCELLED : State.DONE;
        finishedAt = Instant.now();
        bytesRead = run.summary().bytesRead();
        agreements = new Agreements(run.agreements().written(), run.agreements().unchanged(), run.agreements().deleted());
        warnings = List.copyOf(setupWarnings);
        report = reportFile.toString();
        completion.complete(null);
    }

    /** Asks the job to stop after the files in hand (or not to start); the view says CANCELLED once it has. */
    synchronized void cancel() {
        if (state == State.QUEUED || state == State.RUNNING) {
            stopRequested = true;
        }
    }

    @Override
    public boolean stopRequested() {
        return stopRequested;
    }

    synchronized boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    synchronized void failed(String message) {
        state = State.FAILED;
        finishedAt = Instant.now();
        error = message;
        completion.complete(null);
    }

    /** Completes when the job has finished, however it ended. */
    public CompletableFuture<Void> completion() {
        return completion;
    }

    @Override
    public synchronized void started(int files, long bytes) {
        totalFiles = files;
    }

    @Override
    public synchronized void finished(FileResult result) {
        counts.merge(result.outcome(), 1, Integer::sum);
        if (result.outcome().wroteDocument()) {
            documentsDone++;
            bytesDone += result.bytes();
        }
        if (result.countedFile()) {
            filesDone++;
        }
        if (result.outcome() == Outcome.FAILED) {
            if (failures.size() < MAX_LISTED_FAILURES) {
                failures.add(new Failure(result.path(), result.reason().name().toLowerCase(), result.message()));
            } else {
                failuresOmitted++;
            }
        }
    }

    public synchronized View view() {
        Map<String, Integer> named = new TreeMap<>();
        counts.forEach((outcome, n) -> named.put(outcome.name().toLowerCase(), n));
        IngestPace pace = startedAt == null ? null : new IngestPace(filesDone, totalFiles,
                Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now()));
        Double rate = pace == null ? null : Math.round(pace.filesPerSecond() * 100) / 100.0;
        Long eta = pace == null || state != State.RUNNING || pace.etaSeconds().isEmpty() ? null
                : pace.etaSeconds().getAsLong();
        return new View(id, origin, paths.stream().map(Path::toString).toList(), prune, exclusions.patterns(), state, createdAt,
                startedAt, finishedAt, totalFiles, filesDone, rate, eta, documentsDone, bytesDone, named, List.copyOf(failures),
                failuresOmitted, bytesRead, agreements, warnings, stopRequested, error, report);
    }
}
