package org.pacta.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts outcomes and keeps the problems (failed, skipped and excluded files) while passing every result on to the listener. */
final class Tally {

    private final IngestListener listener;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<FileResult> problems = new ArrayList<>();
    private final List<FileResult> archived = new ArrayList<>();
    private long bytesRead;

    Tally(IngestListener listener) {
        this.listener = listener;
    }

    void ocrPages(int pages) {
        if (pages > 0) {
            listener.ocrPages(pages);
        }
    }

    void record(FileResult result) {
        synchronized (this) {
            counts.merge(result.outcome(), 1, Integer::sum);
            if (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.SKIPPED
                    || result.outcome() == Outcome.EXCLUDED) {
                problems.add(result);
            } else if (result.documentId() != null && result.outcome() != Outcome.UNCHANGED) {
                archived.add(result);
            }
            if (result.outcome() != Outcome.UNCHANGED && result.outcome() != Outcome.PRUNED) {
                bytesRead += result.bytes();
            }
        }
        listener.finished(result);
    }

    synchronized IngestSummary summary(Duration elapsed) {
        return new IngestSummary(counts, problems, archived, bytesRead, elapsed);
    }
}
