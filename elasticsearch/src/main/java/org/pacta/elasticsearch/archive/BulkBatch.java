package org.pacta.elasticsearch.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Items waiting to be written, cut into bulk requests within the size limits and sent one at a
 * time. Used by the session's writer thread only; an item's outcome may add items, which go in a
 * later request.
 */
final class BulkBatch {

    private final BulkWriter writer;
    private final BulkSettings settings;
    private final List<BulkWriter.Item> items = new ArrayList<>();
    private long bytes;
    private long sinceNanos;
    /** When the first request not yet made searchable was sent (System.nanoTime), 0 when there is none. */
    private long unrefreshedSinceNanos;

    BulkBatch(BulkWriter writer, BulkSettings settings) {
        this.writer = writer;
        this.settings = settings;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    void add(BulkWriter.Item item) {
        if (items.isEmpty()) {
            sinceNanos = System.nanoTime();
        }
        items.add(item);
        bytes += item.bytes();
    }

    /** How long to wait for more work before sending: at most {@code idleMillis}, and never past {@code maxLingerMillis} of age. */
    long waitMillis(long idleMillis, long maxLingerMillis) {
        long lingered = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
        return Math.min(idleMillis, maxLingerMillis - lingered);
    }

    /** Sends as many full requests as the batch holds. */
    void sendFull() {
        while (items.size() >= settings.maxOperations() || bytes >= settings.maxBytes()) {
            sendOne();
        }
    }

    /** Sends everything, including what the outcomes add meanwhile. */
    void flush() {
        while (!items.isEmpty()) {
            sendOne();
        }
    }

    private void sendOne() {
        int count = 0;
        long size = 0;
        while (count < items.size() && count < settings.maxOperations()) {
            long next = items.get(count).bytes();
            if (count > 0 && size + next > settings.maxBytes()) {
                break;
            }
            size += next;
            count++;
        }
        List<BulkWriter.Item> request = new ArrayList<>(items.subList(0, count));
        items.subList(0, count).clear();
        bytes -= size;
        sinceNanos = System.nanoTime();
        writer.send(request);
        if (unrefreshedSinceNanos == 0) {
            unrefreshedSinceNanos = sinceNanos;
        }
    }

    /** When the oldest request that no refresh has made searchable yet was sent; 0 when none. */
    long unrefreshedSinceNanos() {
        return unrefreshedSinceNanos;
    }

    /** Everything sent so far is searchable. */
    void refreshed() {
        unrefreshedSinceNanos = 0;
    }
}
