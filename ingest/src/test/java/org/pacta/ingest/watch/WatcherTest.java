package org.pacta.ingest.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the watcher's tests share: folders in a temporary directory, and watchers that are closed after each test. */
abstract class WatcherTest {

    @TempDir
    Path tmp;

    private final List<FolderWatcher> started = new ArrayList<>();

    @AfterEach
    void closeWatchers() {
        started.forEach(FolderWatcher::close);
    }

    FolderWatcher watch(List<Path> roots, FolderWatcher.Settings settings, Consumer<FolderWatcher.Batch> onBatch)
            throws IOException {
        FolderWatcher watcher = FolderWatcher.start(roots, settings, onBatch);
        started.add(watcher);
        return watcher;
    }

    /** A new folder under the temporary directory, by its real path (as the watcher names folders). */
    Path folder(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name)).toRealPath();
    }
}
