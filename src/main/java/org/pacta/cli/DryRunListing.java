package org.pacta.cli;

import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.Outcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code ./pacta ingest --dry-run} would do, one line a file, by path: {@code index}, {@code update}
 * (both read), {@code unchanged}, {@code prune}, {@code excluded} with the rule that excludes it,
 * {@code skipped} and {@code failed} with the reason.
 */
final class DryRunListing implements IngestListener {

    private final List<FileResult> results = new ArrayList<>();

    /** This listing, then {@code next} (the progress bar). */
    IngestListener andThen(IngestListener next) {
        return new IngestListener() {
            @Override
            public void started(int files, long bytes) {
                DryRunListing.this.started(files, bytes);
                next.started(files, bytes);
            }

            @Override
            public void finished(FileResult result) {
                DryRunListing.this.finished(result);
                next.finished(result);
            }
        };
    }

    @Override
    public synchronized void finished(FileResult result) {
        results.add(result);
    }

    synchronized void print(PrintStream out) {
        results.stream().sorted(Comparator.comparing(FileResult::path)).forEach(result -> {
            String why = result.outcome() == Outcome.FAILED && result.reason() != null
                    ? result.reason().name().toLowerCase() + ": " + result.message() : result.message();
            out.printf("%-10s %s%s%n", verb(result.outcome()), result.path(), why == null ? "" : "  (" + why + ")");
        });
    }

    private static String verb(Outcome outcome) {
        return switch (outcome) {
            case INDEXED, DUPLICATE -> "index";
            case UPDATED -> "update";
            case UNCHANGED -> "unchanged";
            case PRUNED -> "prune";
            case EXCLUDED -> "excluded";
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
        };
    }
}
