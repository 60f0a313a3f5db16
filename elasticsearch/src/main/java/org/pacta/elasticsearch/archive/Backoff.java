package org.pacta.elasticsearch.archive;

import org.pacta.core.ingest.ArchiveUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The pause between attempts while Elasticsearch fails: doubling from the initial pause to the
 * maximum, until it has been failing for the give-up time. Any progress resets it.
 */
final class Backoff {

    private static final Logger log = LoggerFactory.getLogger(Backoff.class);

    /** A call to Elasticsearch that may fail transiently. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final BulkSettings settings;
    private long failingSinceNanos = -1;
    private Duration next;

    Backoff(BulkSettings settings) {
        this.settings = settings;
        this.next = settings.initialBackoff();
    }

    /** Runs {@code call}, waiting out transient failures; other failures are thrown at once. */
    static <T> T retrying(BulkSettings settings, String what, Call<T> call) {
        Backoff backoff = new Backoff(settings);
        while (true) {
            try {
                return call.run();
            } catch (Exception e) {
                if (!ElasticsearchFailures.isTransient(e)) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(what + ": " + e.getMessage(), e);
                }
                backoff.pause(what + ": " + ElasticsearchFailures.describe(e));
            }
        }
    }

    void reset() {
        failingSinceNanos = -1;
        next = settings.initialBackoff();
    }

    /** Sleeps before the next attempt, or gives up once failing has lasted the give-up time. */
    void pause(String failure) {
        long now = System.nanoTime();
        if (failingSinceNanos < 0) {
            failingSinceNanos = now;
        }
        Duration failing = Duration.ofNanos(now - failingSinceNanos);
        Duration left = settings.giveUpAfter().minus(failing);
        if (left.isNegative() || left.isZero()) {
            throw new ArchiveUnavailableException("Elasticsearch kept failing for " + failing.toSeconds()
                    + " s, giving up; last failure: " + failure);
        }
        Duration pause = next.compareTo(left) < 0 ? next : left;
        log.warn("Elasticsearch failed, retrying in {} ms: {}", pause.toMillis(), failure);
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnavailableException("Interrupted while waiting for Elasticsearch; last failure: "
                    + failure, e);
        }
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
    }
}
