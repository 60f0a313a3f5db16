package org.pacta.elasticsearch.archive;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pacta.core.ingest.ArchiveUnavailableException;

/**
 * The hand-over from callers to the writer thread, bounded by bytes rather than count (files differ
 * a thousandfold in size): callers wait while Elasticsearch is slower than extraction.
 */
final class WorkQueue {

    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    private final int budgetKib;
    private final Semaphore budget; // KiB of work queued and not yet taken
    private final Object admission = new Object();
    private boolean ended; // guarded by admission
    private volatile RuntimeException failure;

    WorkQueue(long maxBytes) {
        this.budgetKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxBytes / 1024));
        this.budget = new Semaphore(budgetKib, true);
    }

    /** Waits for room, then queues; throws once the writer has failed or the queue has ended. */
    void put(Work work) {
        int permits = permits(work);
        try {
            throwIfFailed();
            while (!budget.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
                throwIfFailed(); // the writer gave up: nobody will make room any more
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnavailableException("Interrupted while waiting for the archive to catch up", e);
        }
        synchronized (admission) {
            if (ended) {
                budget.release(permits);
                throw new IllegalStateException("The archive session is closed");
            }
            queue.add(work);
        }
    }

    /** Queues the end marker; false if that was done before. */
    boolean end() {
        synchronized (admission) {
            if (ended) {
                return false;
            }
            ended = true;
            queue.add(Work.End.INSTANCE);
            return true;
        }
    }

    Work take() throws InterruptedException {
        return taken(queue.take());
    }

    /** The next work, or null if none came within {@code millis}. */
    Work poll(long millis) throws InterruptedException {
        return taken(queue.poll(millis, TimeUnit.MILLISECONDS));
    }

    /** Called by the writer when it stops for good: waiting callers are released with this failure. */
    void fail(RuntimeException cause) {
        failure = cause;
    }

    RuntimeException failure() {
        return failure;
    }

    private Work taken(Work work) {
        if (work != null) {
            budget.release(permits(work));
        }
        return work;
    }

    private int permits(Work work) {
        if (work == Work.End.INSTANCE) {
            return 0;
        }
        long kib = (work.bytes() + 1023) / 1024;
        return (int) Math.max(1, Math.min(budgetKib, kib)); // one file larger than the budget goes alone
    }

    private void throwIfFailed() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw new ArchiveUnavailableException(failed.getMessage(), failed);
        }
    }
}
