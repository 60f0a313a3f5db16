package org.pacta.ingest.watch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the watcher hands a batch over: after a quiet period, once files hold still, one at a time on its own
 * thread, with the whole roots after lost events or when the rescan is due, and with folders the ingest can take
 * as they are.
 */
class FolderWatcherBatchingTest extends WatcherTest {

    private static final FolderWatcher.Settings QUICK = new FolderWatcher.Settings(Duration.ofMillis(200), Duration.ZERO);
    private static final FolderWatcher.Settings ONE_SECOND = new FolderWatcher.Settings(Duration.ofSeconds(1), Duration.ZERO);

    @Test
    void aBurstOfTwoHundredFilesIsAFewBatchesNotTwoHundred() throws Exception {
        Path root = folder("root");
        RecordedBatches batches = new RecordedBatches();
        FolderWatcher watcher = watch(List.of(root), ONE_SECOND, batches);

        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Path folder = Files.createDirectories(root.resolve("batch-" + i % 10));
            files.add(Files.writeString(folder.resolve("treaty-" + i + ".txt"), "Article " + i));
        }
        batches.awaitCovering(0, files.get(files.size() - 1));
        int count = batches.awaitSilence(Duration.ofSeconds(3));

        assertTrue(count <= 5, "a burst is batched, not one batch per file: " + batches.batches());
        for (Path file : files) {
            assertTrue(batches.batches().stream().anyMatch(b -> RecordedBatches.covers(b, file)), file + " was handed over");
        }
        assertEquals(count, watcher.status().batchesRun());
        assertNotNull(watcher.status().lastBatchAt());
        assertEquals(0, watcher.status().pendingPaths());
    }

    @Test
    void aFileCopiedInSlowlyFiresOnlyOnceItsWritesStop() throws Exception {
        Path root = folder("root");
        Path file = root.resolve("slow.pdf");
        int chunks = 10;
        byte[] chunk = new byte[4096];
        AtomicLong sizeSeen = new AtomicLong(-1);
        RecordedBatches batches = new RecordedBatches(batch -> sizeSeen.compareAndSet(-1, size(file)));
        watch(List.of(root), ONE_SECOND, batches);

        for (int i = 0; i < chunks; i++) {
            Files.write(file, chunk, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            RecordedBatches.sleep(300);
        }
        batches.awaitExactly(0, root);
        assertEquals((long) chunks * chunk.length, sizeSeen.get(), "the first batch came only once the file was whole");
    }

    /**
     * A write through a hard link outside the watched folders changes the file without any event for it, as a
     * slow network copy or a polling watch service would: the quiet period alone would fire, the settle check
     * holds the batch until the size stops moving.
     */
    @Test
    void theSettleCheckHoldsABatchWhileAFileStillGrowsWithoutEvents() throws Exception {
        Path root = folder("root");
        Path file = Files.createFile(root.resolve("copied.pdf"));
        Path writer = folder("outside").resolve("writer.pdf");
        Files.createLink(writer, file); // same file system (the test's temporary folder): links always work on Linux
        int chunks = 15;
        byte[] chunk = new byte[1024];
        AtomicLong sizeSeen = new AtomicLong(-1);
        RecordedBatches batches = new RecordedBatches(batch -> sizeSeen.compareAndSet(-1, size(file)));
        watch(List.of(root), ONE_SECOND, batches);

        Files.write(file, chunk, StandardOpenOption.APPEND); // the one event
        for (int i = 1; i < chunks; i++) {
            RecordedBatches.sleep(200);
            Files.write(writer, chunk, StandardOpenOption.APPEND);
        }
        batches.awaitExactly(0, root);
        assertEquals((long) chunks * chunk.length, sizeSeen.get(), "the batch waited for the writes through the link");
    }

    @Test
    void batchesRunOneAtATimeOnTheWatchersThreadAndWhatChangesMeanwhileFollows() throws Exception {
        Path root = folder("root");
        CountDownLatch inFirstBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        RecordedBatches batches = new RecordedBatches(batch -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            inFirstBatch.countDown();
            try {
                release.await(RecordedBatches.AWAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        });
        watch(List.of(root), QUICK, batches);

        Files.writeString(root.resolve("first.txt"), "starts the first batch");
        assertTrue(inFirstBatch.await(RecordedBatches.AWAIT.toMillis(), TimeUnit.MILLISECONDS), "a first batch");
        Path meanwhile = Files.createDirectories(root.resolve("meanwhile/deeper"));
        Path late = Files.writeString(meanwhile.resolve("late.txt"), "written while the first batch ran");
        RecordedBatches.sleep(1000); // several quiet periods pass while the callback is busy
        assertEquals(1, batches.size(), "no second batch while the first runs");
        release.countDown();

        batches.awaitCovering(1, late);
        batches.awaitSilence(Duration.ofSeconds(1));
        assertEquals(1, mostAtOnce.get());
        Set<String> threads = new HashSet<>();
        batches.all().forEach(r -> threads.add(r.thread()));
        assertEquals(Set.of("pacta-folder-watcher"), threads);
    }

    @Test
    void aFailingCallbackIsRecordedAndTheWatcherGoesOn() throws Exception {
        Path root = folder("root");
        AtomicInteger calls = new AtomicInteger();
        RecordedBatches batches = new RecordedBatches(batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the archive is away");
            }
        });
        FolderWatcher watcher = watch(List.of(root), QUICK, batches);

        Files.writeString(root.resolve("a.txt"), "a");
        batches.awaitExactly(0, root);
        FolderWatcherTest.awaitStatus(watcher, "showing the failure",
                s -> s.lastError() != null && s.lastError().contains("the archive is away") && s.lastErrorAt() != null);

        Path sub = Files.createDirectories(root.resolve("sub"));
        batches.awaitSilence(Duration.ofSeconds(1));
        int before = batches.size();
        Files.writeString(sub.resolve("b.txt"), "b");
        batches.awaitExactly(before, sub);
        assertTrue(watcher.status().watching());
    }

    @Test
    void lostEventsHandOverTheWholeRoots() throws Exception {
        Path root = folder("root");
        Path other = folder("other");
        Path sub = Files.createDirectories(root.resolve("sub"));
        CountDownLatch inFirstBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordedBatches batches = new RecordedBatches(batch -> {
            inFirstBatch.countDown();
            try {
                release.await(RecordedBatches.AWAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watch(List.of(root, other), QUICK, batches);

        Files.writeString(other.resolve("first.txt"), "starts a batch that holds the thread");
        assertTrue(inFirstBatch.await(RecordedBatches.AWAIT.toMillis(), TimeUnit.MILLISECONDS), "a first batch");
        // More events pile up on sub's watch key than the JDK keeps (512): it reports OVERFLOW instead.
        for (int i = 0; i < 700; i++) {
            Files.writeString(sub.resolve("file-" + i + ".txt"), "x");
        }
        Path madeUnseen = Files.createDirectories(sub.resolve("made-while-events-were-lost"));
        release.countDown();

        FolderWatcher.Batch rescan = batches.await(1, "rescanning", FolderWatcher.Batch::rescan);
        assertEquals(Set.of(root, other), rescan.folders());
        int before = batches.awaitSilence(Duration.ofSeconds(1));
        Files.writeString(madeUnseen.resolve("treaty.txt"), "its folder was registered by the rescan");
        batches.awaitExactly(before, madeUnseen);
    }

    @Test
    void thePeriodicRescanHandsOverTheWholeRoots() throws Exception {
        Path root = folder("root");
        Path other = folder("other");
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root, other), new FolderWatcher.Settings(Duration.ofMillis(200), Duration.ofSeconds(1)), batches);

        FolderWatcher.Batch first = batches.await(0, "rescanning", FolderWatcher.Batch::rescan);
        assertEquals(Set.of(root, other), first.folders());
        assertEquals(List.of(root, other), first.roots());
        batches.await(batches.batches().indexOf(first) + 1, "rescanning again", FolderWatcher.Batch::rescan);
    }

    @Test
    void folderNamesAreMinimalAbsoluteNormalisedAndInsideTheRoots() throws Exception {
        Path base = folder("base");
        Path root = Files.createDirectories(base.resolve("root"));
        Files.createSymbolicLink(base.resolve("via-link"), root);
        Files.createDirectories(root.resolve("a/b"));
        Files.createDirectories(root.resolve("c"));
        RecordedBatches batches = new RecordedBatches();
        // A root named through a link and with dots: the batch names the folder the ingest resolves it to.
        FolderWatcher watcher = watch(List.of(base.resolve("via-link/a/../.")), ONE_SECOND, batches);
        assertEquals(List.of(root), watcher.status().roots());

        Files.writeString(root.resolve("a/b/deep.txt"), "deep");
        Files.writeString(root.resolve("a/shallow.txt"), "shallow");
        Files.createDirectories(root.resolve("a/b/new/newer"));
        Files.writeString(root.resolve("c/side.txt"), "side");
        Path last = Files.writeString(root.resolve("a/b/new/newer/last.txt"), "last");
        batches.awaitCovering(0, last);
        batches.awaitSilence(Duration.ofSeconds(1));

        for (FolderWatcher.Batch batch : batches.batches()) {
            for (Path folder : batch.folders()) {
                assertTrue(folder.isAbsolute() && folder.equals(folder.normalize()), folder + " absolute and normalised");
                assertTrue(folder.startsWith(root), folder + " inside " + root);
                assertTrue(batch.folders().stream().noneMatch(f -> !f.equals(folder) && folder.startsWith(f)),
                        folder + " lies inside another folder of " + batch);
            }
        }
        for (String written : List.of("a/b/deep.txt", "a/shallow.txt", "c/side.txt", "a/b/new/newer/last.txt")) {
            assertTrue(batches.batches().stream().anyMatch(b -> RecordedBatches.covers(b, root.resolve(written))), written);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
