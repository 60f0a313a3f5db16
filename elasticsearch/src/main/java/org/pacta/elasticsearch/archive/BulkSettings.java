package org.pacta.elasticsearch.archive;

import java.time.Duration;

/**
 * How the archive batches and retries its writes.
 *
 * @param maxOperations  operations per bulk request
 * @param maxBytes       bytes of JSON per bulk request (a single larger document goes alone)
 * @param initialBackoff first pause after a transient failure; it doubles up to {@code maxBackoff}
 * @param giveUpAfter    how long Elasticsearch may keep failing before the session gives up
 */
public record BulkSettings(int maxOperations, long maxBytes, Duration initialBackoff, Duration maxBackoff,
                           Duration giveUpAfter) {

    /** 500 operations or 8 MB a request; pauses from 200 ms doubling to 30 s; giving up after 10 minutes. */
    public static BulkSettings defaults() {
        return new BulkSettings(500, 8L * 1024 * 1024, Duration.ofMillis(200), Duration.ofSeconds(30),
                Duration.ofMinutes(10));
    }

    public BulkSettings {
        if (maxOperations < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Bulk limits must be positive: " + maxOperations + ", " + maxBytes);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0
                || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("Backoff must grow from a positive pause: " + initialBackoff + " to "
                    + maxBackoff + ", giving up after " + giveUpAfter);
        }
    }

    public BulkSettings withGiveUpAfter(Duration giveUp) {
        return new BulkSettings(maxOperations, maxBytes, initialBackoff, maxBackoff, giveUp);
    }
}
