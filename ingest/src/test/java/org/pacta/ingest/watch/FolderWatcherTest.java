package org.pacta.ingest.watch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which folders the watcher sees and names: folders made, moved in, renamed and deleted after it started, roots
 * that go away, links it must not follow, and how it starts and stops.
 */
class FolderWatcherTest extends WatcherTest {

    private static final FolderWatcher.Settings QUICK = new FolderWatcher.Settings(Duration.ofMillis(200), Duration.ZERO);

    @Test
    void aFolderMadeWithItsParentsIsWatchedAndItsFirstFilesReported() throws Exception {
        Path root = folder("root");
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Path deep = Files.createDirectories(root.resolve("a/b/c"));
        Path first = Files.writeString(deep.resolve("first.txt"), "landed before any registration could");
        batches.awaitCovering(0, first);
        batches.awaitSilence(Duration.ofSeconds(1));

        int before = batches.size();
        Files.writeString(deep.resolve("second.txt"), "seen through c's own watch");
        batches.awaitExactly(before, deep);
    }

    @Test
    void aWholeTreeMovedInIsWatched() throws Exception {
        Path root = folder("root");
        Path outside = Files.createDirectories(folder("outside").resolve("tree/x/y"));
        Files.writeString(outside.resolve("treaty.txt"), "moved in with its folders");
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Files.move(folder("outside").resolve("tree"), root.resolve("tree"));
        batches.awaitExactly(0, root.resolve("tree"));
        batches.awaitSilence(Duration.ofSeconds(1));

        int before = batches.size();
        Files.writeString(root.resolve("tree/x/y/annex.txt"), "new");
        batches.awaitExactly(before, root.resolve("tree/x/y"));
    }

    @Test
    void aRenamedFolderIsWatchedUnderItsNewName() throws Exception {
        Path root = folder("root");
        Files.createDirectories(root.resolve("old/sub"));
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Files.move(root.resolve("old"), root.resolve("new"));
        batches.awaitExactly(0, root);
        batches.awaitSilence(Duration.ofSeconds(1));

        int before = batches.size();
        Files.writeString(root.resolve("new/sub/treaty.txt"), "written under the new name");
        batches.awaitExactly(before, root.resolve("new/sub"));
    }

    @Test
    void aFolderMovedOutIsNoLongerWatched() throws Exception {
        Path root = folder("root");
        Files.createDirectories(root.resolve("leaving/sub"));
        Path outside = folder("outside");
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Files.move(root.resolve("leaving"), outside.resolve("left"));
        batches.awaitExactly(0, root);
        int before = batches.awaitSilence(Duration.ofSeconds(1));

        // Linux keeps watching the moved folder itself: its events must not be taken for the old path.
        Files.writeString(outside.resolve("left/sub/elsewhere.txt"), "not in the root any more");
        Files.writeString(outside.resolve("left/there.txt"), "nor this");
        assertEquals(before, batches.awaitSilence(Duration.ofSeconds(2)), "nothing handed over: " + batches.batches());
    }

    @Test
    void deletionsNameTheNearestFolderThatStillExists() throws Exception {
        Path root = folder("root");
        Path keep = Files.createDirectories(root.resolve("keep"));
        Path file = Files.writeString(keep.resolve("a.txt"), "a");
        Path gone = Files.createDirectories(keep.resolve("gone/deep/deeper"));
        Files.writeString(gone.resolve("b.txt"), "b");
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Files.delete(file);
        batches.awaitExactly(0, keep);
        batches.awaitSilence(Duration.ofSeconds(1));

        int before = batches.size();
        deleteTree(keep.resolve("gone"));
        batches.awaitExactly(before, keep);
    }

    @Test
    void aDeletedRootIsReportedAndTheOtherRootsAreStillWatched() throws Exception {
        Path first = folder("first");
        Path second = folder("second");
        Files.writeString(Files.createDirectories(first.resolve("sub")).resolve("a.txt"), "a");
        RecordedBatches batches = new RecordedBatches();
        FolderWatcher watcher = watch(List.of(first, second), batches);

        deleteTree(first);
        awaitStatus(watcher, "first reported missing", s -> s.missingRoots().equals(List.of(first)));

        int before = batches.size();
        Path file = Files.writeString(second.resolve("b.txt"), "b");
        FolderWatcher.Batch changed = batches.awaitExactly(before, second);
        assertEquals(List.of(second), changed.roots(), "only the root that holds the change is re-ingested");
        assertTrue(watcher.status().watching());
        assertTrue(batches.batches().stream().allMatch(b -> b.folders().stream().noneMatch(f -> f.startsWith(first))),
                "nothing under the deleted root is handed over: " + batches.batches());
        assertTrue(Files.exists(file));
    }

    @Test
    void aRootThatComesBackIsPickedUpByTheRescan() throws Exception {
        Path first = folder("first");
        Path second = folder("second");
        RecordedBatches batches = new RecordedBatches();
        FolderWatcher watcher = watch(List.of(first, second),
                new FolderWatcher.Settings(Duration.ofMillis(200), Duration.ofSeconds(1)), batches);

        deleteTree(first);
        awaitStatus(watcher, "first reported missing", s -> s.missingRoots().equals(List.of(first)));
        batches.await(batches.size(), "rescanning the root still there",
                b -> b.rescan() && b.folders().equals(java.util.Set.of(second)));
        int before = batches.size();

        Files.createDirectories(first);
        awaitStatus(watcher, "first back", s -> s.missingRoots().isEmpty());
        batches.await(before, "rescanning both", b -> b.rescan() && b.folders().equals(java.util.Set.of(first, second)));
    }

    @Test
    void symbolicLinksAreNotFollowed() throws Exception {
        Path root = folder("root");
        Path outside = folder("outside");
        Files.createSymbolicLink(root.resolve("link"), outside);
        RecordedBatches batches = new RecordedBatches();
        watch(List.of(root), batches);

        Files.writeString(outside.resolve("elsewhere.txt"), "outside the root");
        Files.createDirectories(outside.resolve("sub"));
        assertEquals(0, batches.awaitSilence(Duration.ofSeconds(2)), "a change behind a link is not watched");

        Files.createSymbolicLink(root.resolve("later-link"), outside);
        batches.awaitExactly(0, root);
        batches.awaitSilence(Duration.ofSeconds(1));
        int before = batches.size();
        Files.writeString(outside.resolve("sub/again.txt"), "still outside");
        assertEquals(before, batches.awaitSilence(Duration.ofSeconds(2)), "a link made later is not followed either");
    }

    @Test
    void aRootThatIsNotAFolderIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "not a folder");
        Path missing = tmp.resolve("missing");
        IllegalArgumentException notAFolder = assertThrows(IllegalArgumentException.class,
                () -> FolderWatcher.start(List.of(file), QUICK, b -> { }));
        assertTrue(notAFolder.getMessage().contains(file.toString()) && notAFolder.getMessage().contains("not a folder"),
                notAFolder.getMessage());
        IllegalArgumentException noSuch = assertThrows(IllegalArgumentException.class,
                () -> FolderWatcher.start(List.of(folder("fine"), missing), QUICK, b -> { }));
        assertTrue(noSuch.getMessage().contains(missing.toString()) && noSuch.getMessage().contains("no such folder"),
                noSuch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FolderWatcher.start(List.of(), QUICK, b -> { }));
        assertThrows(IllegalArgumentException.class, () -> new FolderWatcher.Settings(Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new FolderWatcher.Settings(Duration.ofSeconds(1), Duration.ofSeconds(-1)));
    }

    @Test
    void closeStopsWatching() throws Exception {
        Path root = folder("root");
        RecordedBatches batches = new RecordedBatches();
        FolderWatcher watcher = watch(List.of(root), batches);
        FolderWatcher.Status status = watcher.status();
        assertTrue(status.watching());
        assertEquals(List.of(root), status.roots());
        assertEquals(0, status.batchesRun());

        watcher.close();
        assertFalse(watcher.status().watching());
        Files.writeString(root.resolve("after.txt"), "nobody is watching");
        assertEquals(0, batches.awaitSilence(Duration.ofSeconds(2)));
        watcher.close(); // twice is harmless
    }

    @Test
    void closingFromTheCallbackDoesNotHang() throws Exception {
        Path root = folder("root");
        FolderWatcher[] self = new FolderWatcher[1];
        RecordedBatches batches = new RecordedBatches(batch -> self[0].close());
        self[0] = watch(List.of(root), batches);

        Files.writeString(root.resolve("a.txt"), "a");
        batches.awaitExactly(0, root);
        awaitStatus(self[0], "stopped", s -> !s.watching());
    }

    static void awaitStatus(FolderWatcher watcher, String what, java.util.function.Predicate<FolderWatcher.Status> matching) {
        long deadline = System.nanoTime() + RecordedBatches.AWAIT.toNanos();
        while (!matching.test(watcher.status())) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Status not " + what + " within " + RecordedBatches.AWAIT + ": " + watcher.status());
            }
            RecordedBatches.sleep(50);
        }
    }

    private FolderWatcher watch(List<Path> roots, Consumer<FolderWatcher.Batch> onBatch) throws IOException {
        return watch(roots, QUICK, onBatch);
    }

    static void deleteTree(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
