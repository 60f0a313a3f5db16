package org.pacta.ingest;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How fast a run goes: {@code done} of {@code total} files after {@code elapsed}, what the CLI's progress
 * lines and the ingest-jobs API both show.
 */
public record IngestPace(int done, int total, Duration elapsed) {

    public double filesPerSecond() {
        return done / seconds();
    }

    /** Seconds left at this pace; empty before the first file and once all are done. */
    public OptionalLong etaSeconds() {
        return done == 0 || done >= total ? OptionalLong.empty()
                : OptionalLong.of(Math.round((total - done) / filesPerSecond()));
    }

    public double seconds() {
        return Math.max(0.001, elapsed.toNanos() / 1e9);
    }
}
