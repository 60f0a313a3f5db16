package org.pacta.ingest.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The batches a watcher handed over, with the thread each ran on, and waits that poll for them. The waits are
 * generous and only bound a test that would otherwise hang: no test asserts how fast a batch comes.
 */
final class RecordedBatches implements Consumer<FolderWatcher.Batch> {

    static final Duration AWAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 50;

    record Recorded(FolderWatcher.Batch batch, String thread) {
    }

    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final Consumer<FolderWatcher.Batch> alsoDo;

    RecordedBatches() {
        this(batch -> { });
    }

    /** @param alsoDo runs in the callback after the batch is recorded: to block or throw there */
    RecordedBatches(Consumer<FolderWatcher.Batch> alsoDo) {
        this.alsoDo = alsoDo;
    }

    @Override
    public void accept(FolderWatcher.Batch batch) {
        recorded.add(new Recorded(batch, Thread.currentThread().getName()));
        alsoDo.accept(batch);
    }

    List<Recorded> all() {
        return List.copyOf(recorded);
    }

    List<FolderWatcher.Batch> batches() {
        return recorded.stream().map(Recorded::batch).toList();
    }

    /** The first batch from {@code from} on that matches. */
    FolderWatcher.Batch await(int from, String what, Predicate<FolderWatcher.Batch> matching) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            List<FolderWatcher.Batch> batches = batches();
            for (int i = from; i < batches.size(); i++) {
                if (matching.test(batches.get(i))) {
                    return batches.get(i);
                }
            }
            sleep(POLL_MILLIS);
        }
        return fail("No batch " + what + " within " + AWAIT + "; got " + batches());
    }

    FolderWatcher.Batch awaitCovering(int from, Path path) {
        return await(from, "covering " + path, batch -> covers(batch, path));
    }

    FolderWatcher.Batch awaitExactly(int from, Path... folders) {
        return await(from, "of exactly " + List.of(folders), batch -> batch.folders().equals(java.util.Set.of(folders)));
    }

    /** Waits until no batch came for {@code quiet}: the watcher has handed over what it will. */
    int awaitSilence(Duration quiet) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        int seen = recorded.size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - deadline < 0) {
            sleep(POLL_MILLIS);
            if (recorded.size() != seen) {
                seen = recorded.size();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                return seen;
            }
        }
        return fail("Batches kept coming for " + AWAIT + ": " + batches());
    }

    int size() {
        return recorded.size();
    }

    static boolean covers(FolderWatcher.Batch batch, Path path) {
        return batch.folders().stream().anyMatch(path::startsWith);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
