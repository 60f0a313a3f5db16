package org.pacta.web.ingest;

import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestPace;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;
import org.pacta.ingest.exclude.Exclusions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A server-side ingest of folders, with live counts that {@code GET /api/ingest-jobs/{id}} shows. */
public final class IngestJob implements IngestListener {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * What the API shows of a job.
     *
     * @param filesDone      files of {@code totalFiles} finished so far (archive members are in {@code counts})
     * @param filesPerSecond since the job started
     * @param etaSeconds     at that rate, while it runs and has done something; else null
     */
    public record View(String id, List<String> paths, boolean prune, List<String> exclude, State state, Instant createdAt, Instant startedAt,
                       Instant finishedAt, int totalFiles, int filesDone, Double filesPerSecond, Long etaSeconds,
                       Map<String, Integer> counts, List<Failure> failures, int failuresOmitted, String error,
                       String report) {
    }

    public record Failure(String path, String reason, String message) {
    }

    private static final int MAX_LISTED_FAILURES = 1000;

    private final String id;
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
    private String error;
    private String report;

    IngestJob(String id, List<Path> paths, boolean prune, Exclusions exclusions) {
        this.id = id;
        this.paths = List.copyOf(paths);
        this.prune = prune;
        this.exclusions = exclusions;
    }

    public String id() {
        return id;
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

    synchronized void running() {
        state = State.RUNNING;
        startedAt = Instant.now();
    }

    synchronized void done(IngestSummary summary, Path reportFile) {
        state = State.DONE;
        finishedAt = Instant.now();
        report = reportFile.toString();
    }

    synchronized void failed(String message) {
        state = State.FAILED;
        finishedAt = Instant.now();
        error = message;
    }

    @Override
    public synchronized void started(int files, long bytes) {
        totalFiles = files;
    }

    @Override
    public synchronized void finished(FileResult result) {
        counts.merge(result.outcome(), 1, Integer::sum);
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
        return new View(id, paths.stream().map(Path::toString).toList(), prune, exclusions.patterns(), state, createdAt, startedAt, finishedAt,
                totalFiles, filesDone, rate, eta, named, List.copyOf(failures), failuresOmitted, error, report);
    }
}
