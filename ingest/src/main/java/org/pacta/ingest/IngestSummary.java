package org.pacta.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did: counts per outcome, the failed, skipped and excluded files with their reasons, the files
 * archived in this run (with their document ids), bytes read, time taken.
 */
public record IngestSummary(Map<Outcome, Integer> counts, List<FileResult> problems, List<FileResult> archived,
                            long bytesRead, Duration elapsed) {

    public IngestSummary {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
        archived = List.copyOf(archived);
    }

    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    public List<FileResult> failures() {
        return problems.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
    }

    public boolean hasFailures() {
        return count(Outcome.FAILED) > 0;
    }
}
