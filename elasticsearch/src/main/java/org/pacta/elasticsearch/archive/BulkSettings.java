package org.pacta.elasticsearch.archive;

import java.time.Duration;

/**
 * How the archive batches and retries its writes.
 *
 * @param maxOperations  operations per bulk request
 * @param maxBytes       bytes of JSON per bulk request (a single larger document goes alone)
 * @param initialBackoff first pause after a transient failure; it doubles up to {@code maxBackoff}
 * @param giveUpAfter    how long Elasticsearch may keep failing before the session gives up
 * @param refreshEvery   how often a session makes what it sent searchable (refresh is off in between);
 *                       zero: only when it closes
 */
public record BulkSettings(int maxOperations, long maxBytes, Duration initialBackoff, Duration maxBackoff,
                           Duration giveUpAfter, Duration refreshEvery) {

    /** Searchable every 30 s during a session unless configured otherwise ({@code PACTA_INGEST_REFRESH_INTERVAL}). */
    public static final Duration REFRESH_EVERY = Duration.ofSeconds(30);

    /** 500 operations or 8 MB a request; pauses from 200 ms doubling to 30 s; giving up after 10 minutes. */
    public static BulkSettings defaults() {
        return new BulkSettings(500, 8L * 1024 * 1024, Duration.ofMillis(200), Duration.ofSeconds(30),
                Duration.ofMinutes(10), REFRESH_EVERY);
    }

    /** With the defaults' backoff and refresh. */
    public BulkSettings(int maxOperations, long maxBytes) {
        this(maxOperations, maxBytes, defaults().initialBackoff(), defaults().maxBackoff(), defaults().giveUpAfter(),
                REFRESH_EVERY);
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
        if (refreshEvery == null || refreshEvery.isNegative()) {
            throw new IllegalArgumentException("The refresh interval must be zero or positive: " + refreshEvery);
        }
    }

    public BulkSettings withGiveUpAfter(Duration giveUp) {
        return new BulkSettings(maxOperations, maxBytes, initialBackoff, maxBackoff, giveUp, refreshEvery);
    }

    public BulkSettings withRefreshEvery(Duration every) {
        return new BulkSettings(maxOperations, maxBytes, initialBackoff, maxBackoff, giveUpAfter, every);
    }
}
