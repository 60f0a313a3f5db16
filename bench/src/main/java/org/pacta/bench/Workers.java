package org.pacta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** N threads running the same loop, each told its number; returns when all are done, fails when one does. */
final class Workers {

    private Workers() {
    }

    /** @param what what the workers do, for the message when one fails */
    static void run(int threads, String what, IntConsumer worker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                int number = t;
                running.add(pool.submit(() -> worker.accept(number)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(what + " failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
