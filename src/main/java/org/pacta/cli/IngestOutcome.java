package org.pacta.cli;

import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;
import org.pacta.service.IngestComponents;
import org.pacta.web.ingest.IngestJob;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an ingest run did, as {@code ./pacta ingest} prints it: the same lines whether the run was in this
 * process or a running server's job.
 *
 * @param agreements null in a dry run
 */
record IngestOutcome(Map<Outcome, Integer> counts, Duration elapsed, long bytesRead, List<Failure> failures,
                     String report, IngestJob.Agreements agreements) {

    record Failure(String reason, String path, String message) {
    }

    static IngestOutcome of(IngestComponents.Run run, Path report, boolean dryRun) {
        IngestSummary summary = run.summary();
        return new IngestOutcome(summary.counts(), summary.elapsed(), summary.bytesRead(),
                summary.failures().stream().map(f -> new Failure(f.reason().name().toLowerCase(Locale.ROOT), f.path(),
                        f.message())).toList(), report.toString(),
                dryRun ? null : new IngestJob.Agreements(run.agreements().written(), run.agreements().unchanged(),
                        run.agreements().deleted()));
    }

    /** A finished (or cancelled) job's view; its failures beyond the listed ones are only counted. */
    static IngestOutcome of(IngestJob.View job) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        job.counts().forEach((name, n) -> counts.put(Outcome.valueOf(name.toUpperCase(Locale.ROOT)), n));
        Duration elapsed = job.startedAt() == null || job.finishedAt() == null ? Duration.ZERO
                : Duration.between(job.startedAt(), job.finishedAt());
        return new IngestOutcome(counts, elapsed, job.bytesRead() == null ? job.bytesDone() : job.bytesRead(),
                job.failures().stream().map(f -> new Failure(f.reason(), f.path(), f.message())).toList(),
                job.report(), job.agreements());
    }

    boolean hasFailures() {
        return count(Outcome.FAILED) > 0;
    }

    int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** Files that were looked at (not the skipped, excluded or pruned ones). */
    int files() {
        return count(Outcome.INDEXED) + count(Outcome.UPDATED) + count(Outcome.UNCHANGED) + count(Outcome.DUPLICATE)
                + count(Outcome.FAILED);
    }

    /** The counts in one line, without the list of failures. */
    String summaryLine() {
        double seconds = elapsed.toMillis() / 1000.0;
        return String.format("%d files in %.1f s (%.1f MB/s): %d indexed, %d updated, %d unchanged, %d duplicates, "
                        + "%d failed, %d skipped, %d excluded, %d pruned",
                files(), seconds, bytesRead / 1e6 / Math.max(seconds, 0.001),
                count(Outcome.INDEXED), count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.DUPLICATE),
                count(Outcome.FAILED), count(Outcome.SKIPPED), count(Outcome.EXCLUDED), count(Outcome.PRUNED));
    }

    void print(PrintStream out, boolean dryRun) {
        out.println((dryRun ? "Dry run, nothing written. " : "") + summaryLine());
        if (!failures.isEmpty()) {
            out.println("Failed (" + count(Outcome.FAILED) + "):");
            failures.forEach(f -> out.printf("  %-16s %s: %s%n", f.reason(), f.path(), f.message()));
        }
        if (report != null) {
            out.println("Report: " + report);
        }
        if (agreements != null) {
            out.printf("Agreements: %d written, %d unchanged, %d removed%n", agreements.written(), agreements.unchanged(),
                    agreements.removed());
        }
    }
}
