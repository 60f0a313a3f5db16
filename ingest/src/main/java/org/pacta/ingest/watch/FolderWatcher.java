package org.pacta.ingest.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps folders in sync with the archive by telling its caller which folders to re-ingest. The caller runs the
 * folder ingest with prune on them; that ingest skips unchanged files and recurses, so handing it a folder is
 * cheap and idempotent, and this class only has to watch, batch and wait.
 *
 * <p>Linux has no recursive watch, so every folder under the roots is registered, and a folder that appears
 * later is registered and then scanned, since files can land in it before the registration. Events are
 * collected until none came for the quiet period and the changed files hold still; then one batch names the
 * smallest set of existing folders covering them. Lost events ({@code OVERFLOW}) and the periodic rescan hand
 * over the whole roots instead. Symbolic links are not followed, as everywhere in ingest.
 *
 * <p>Changes made before {@link #start} are not reported: start the watcher, then ingest the roots once, so
 * nothing falls in between. Roots are resolved to their real paths, as the ingest resolves them, so the batch
 * names the folders the catalog knows.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long MAX_WAIT_MILLIS = TimeUnit.HOURS.toMillis(1);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /**
     * @param quietPeriod    how long no event may arrive before a batch fires: long enough to cover the gaps of a
     *                       copy in progress, short enough that a saved file shows up soon
     * @param rescanInterval how often the whole roots are handed over anyway, to catch what no event reported
     *                       (network shares, a full inotify watch limit); {@link Duration#ZERO} for never
     */
    public record Settings(Duration quietPeriod, Duration rescanInterval) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofMinutes(10));

        public Settings {
            if (quietPeriod == null || quietPeriod.isNegative() || quietPeriod.isZero()) {
                throw new IllegalArgumentException("The quiet period must be positive, not " + quietPeriod);
            }
            if (rescanInterval == null || rescanInterval.isNegative()) {
                throw new IllegalArgumentException("The rescan interval must be zero (never) or positive, not "
                        + rescanInterval);
            }
        }
    }

    /**
     * What changed, and what to re-ingest with prune.
     *
     * @param folders absolute, normalised, existing folders inside the roots, none inside another: where the
     *                changes are (a nested folder would be walked twice)
     * @param roots   the watched roots that hold those folders: what to re-ingest, since an ingest started below a
     *                root would not see the root's {@code .pactaignore} rules and folder sidecars above the folder
     * @param rescan  true when these are the whole roots because events were lost or the periodic rescan came due
     */
    public record Batch(Set<Path> folders, List<Path> roots, boolean rescan) {

        public Batch {
            folders = Collections.unmodifiableSortedSet(new TreeSet<>(folders));
            roots = List.copyOf(roots);
        }
    }

    /**
     * For an API to show whether watching works.
     *
     * @param missingRoots  roots that were deleted; the others are still watched, and a root that comes back is
     *                      picked up by the next rescan
     * @param lastBatchAt   null before the first batch
     * @param pendingPaths  changed paths waiting for the quiet period
     * @param lastError     the last callback failure or folder that could not be watched, null if none
     */
    public record Status(List<Path> roots, List<Path> missingRoots, boolean watching, Instant watchingSince,
                         Instant lastBatchAt, long batchesRun, int pendingPaths, String lastError,
                         Instant lastErrorAt) {
    }

    private final List<Path> roots;
    private final Settings settings;
    private final Consumer<Batch> onBatch;
    private final WatchService watchService;
    private final Instant watchingSince = Instant.now();
    private final Thread thread;

    // Touched by the watcher's thread only (and by start before the thread runs).
    private final Map<WatchKey, Path> folderOfKey = new HashMap<>();
    private final Map<Path, WatchKey> keyOfFolder = new HashMap<>();
    private final PendingChanges pending = new PendingChanges();
    private final Set<Path> missingRoots = new LinkedHashSet<>();
    private long lastEventNanos;
    private long nextRescanNanos;
    private Instant lastBatchAt;
    private long batchesRun;
    private String lastError;
    private Instant lastErrorAt;

    private volatile Status status;
    private volatile boolean closed;

    private FolderWatcher(List<Path> roots, Settings settings, Consumer<Batch> onBatch, WatchService watchService) {
        this.roots = roots;
        this.settings = settings;
        this.onBatch = onBatch;
        this.watchService = watchService;
        this.thread = new Thread(this::run, "pacta-folder-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Registers every folder under the roots before returning, so a change made after this returns is seen.
     *
     * @param onBatch runs on the watcher's own thread, one batch at a time; what changes meanwhile fires after it
     * @throws IllegalArgumentException if a root is not an existing folder
     */
    public static FolderWatcher start(List<Path> roots, Settings settings, Consumer<Batch> onBatch) throws IOException {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("No folder to watch");
        }
        List<Path> realRoots = roots.stream().map(FolderWatcher::realRoot).distinct().toList();
        WatchService watchService = realRoots.get(0).getFileSystem().newWatchService();
        FolderWatcher watcher = new FolderWatcher(realRoots, settings, onBatch, watchService);
        try {
            for (Path root : realRoots) {
                watcher.registerTree(root, false);
            }
        } catch (IOException | RuntimeException e) {
            watchService.close();
            throw e;
        }
        long now = System.nanoTime();
        watcher.lastEventNanos = now;
        watcher.nextRescanNanos = now + settings.rescanInterval().toNanos();
        watcher.publishStatus();
        watcher.thread.start();
        return watcher;
    }

    public Status status() {
        Status s = status;
        return new Status(s.roots(), s.missingRoots(), !closed && thread.isAlive(), s.watchingSince(),
                s.lastBatchAt(), s.batchesRun(), s.pendingPaths(), s.lastError(), s.lastErrorAt());
    }

    /**
     * Stops the thread and the watch service. A batch the callback is running is interrupted: the ingest
     * records a file only once it is stored, so the next run finishes what was cut short.
     */
    @Override
    public void close() {
        closed = true;
        try {
            watchService.close();
        } catch (IOException e) {
            log.warn("Closing the watch service failed: {}", e.getMessage());
        }
        if (Thread.currentThread() != thread) {
            thread.interrupt();
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey key = watchService.poll(waitMillis(), TimeUnit.MILLISECONDS);
                for (; key != null; key = watchService.poll()) {
                    handle(key);
                }
                long now = System.nanoTime();
                if (rescans() && now - nextRescanNanos >= 0) {
                    nextRescanNanos = now + settings.rescanInterval().toNanos();
                    rescan();
                }
                if (!pending.isEmpty() && now - lastEventNanos >= settings.quietPeriod().toNanos()) {
                    if (pending.settled()) {
                        fire(pending.drain(roots));
                    } else {
                        lastEventNanos = now; // a file is still growing: give it another quiet period
                    }
                }
                publishStatus();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (RuntimeException | Error e) {
            log.error("The folder watcher stopped", e);
            recordError("watcher stopped: " + e);
        } finally {
            publishStatus();
        }
    }

    private long waitMillis() {
        long now = System.nanoTime();
        long until = now + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        if (!pending.isEmpty()) {
            until = lastEventNanos + settings.quietPeriod().toNanos();
        }
        if (rescans() && nextRescanNanos - until < 0) {
            until = nextRescanNanos;
        }
        return Math.min(MAX_WAIT_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - now) + 1));
    }

    private boolean rescans() {
        return !settings.rescanInterval().isZero();
    }

    private void handle(WatchKey key) {
        Path folder = folderOfKey.get(key);
        List<WatchEvent<?>> events = key.pollEvents();
        if (folder != null) {
            for (WatchEvent<?> event : events) {
                handle(folder, event);
            }
            lastEventNanos = System.nanoTime();
        }
        if (!key.reset()) {
            forget(key);
        }
    }

    private void handle(Path folder, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            log.info("Events were lost under {}; the roots are rescanned", folder);
            rescan();
            return;
        }
        Path child = folder.resolve((Path) event.context());
        if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
            unregisterTree(child); // moved away or deleted: its folders' events would name the wrong paths
            pending.changed(child);
            return;
        }
        BasicFileAttributes attributes = attributes(child);
        if (attributes == null) {
            pending.changed(child); // already gone again
        } else if (attributes.isDirectory()) {
            pending.changed(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                tryRegisterTree(child, true);
            }
        } else if (attributes.isRegularFile()) {
            pending.fileSeen(child, PendingChanges.FileStamp.of(attributes));
        } else {
            pending.changed(child); // a link or special file: the ingest reports it as skipped
        }
    }

    /** Overflow or the periodic rescan: re-register (a root may be back, folders may have been missed). */
    private void rescan() {
        pending.rescan();
        for (Path root : roots) {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                if (missingRoots.remove(root)) {
                    log.info("Watched folder {} is back", root);
                }
                tryRegisterTree(root, false); // the batch is the whole root: no need to single out its files
            } else if (missingRoots.add(root)) {
                log.warn("Watched folder {} is gone; the other folders are still watched", root);
            }
        }
    }

    private void tryRegisterTree(Path folder, boolean recordFiles) {
        try {
            registerTree(folder, recordFiles);
        } catch (IOException e) {
            log.warn("Cannot watch {}: {}", folder, e.getMessage());
            recordError("cannot watch " + folder + ": " + e.getMessage());
        }
    }

    /**
     * Registers the folder and every folder below it, not following links.
     *
     * @param recordFiles whether the files found count as changed: in a new folder they may have landed
     *                    before it was registered, with no event for them
     */
    private void registerTree(Path top, boolean recordFiles) throws IOException {
        List<String> failures = new ArrayList<>();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                try {
                    registerOne(dir);
                } catch (NoSuchFileException | NotDirectoryException e) {
                    return FileVisitResult.SKIP_SUBTREE; // gone already; its parent's event says so
                } catch (IOException e) {
                    failures.add(dir + ": " + e.getMessage());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (recordFiles && attributes.isRegularFile()) {
                    pending.fileSeen(file, PendingChanges.FileStamp.of(attributes));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException) && !file.equals(top)) {
                    failures.add(file + ": " + e.getMessage());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!failures.isEmpty()) {
            // Typically the inotify watch limit (fs.inotify.max_user_watches): the periodic rescan still covers these.
            log.warn("Cannot watch {} folder(s), first {}", failures.size(), failures.get(0));
            recordError("cannot watch " + failures.size() + " folder(s), first " + failures.get(0));
        }
    }

    private void registerOne(Path folder) throws IOException {
        WatchKey key = folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        // The same folder (inode) seen under a new name returns its old key: it now answers to the new name.
        Path previous = folderOfKey.put(key, folder);
        if (previous != null && !previous.equals(folder)) {
            keyOfFolder.remove(previous, key);
        }
        keyOfFolder.put(folder, key);
    }

    private void unregisterTree(Path gone) {
        if (!keyOfFolder.containsKey(gone)) {
            return; // a file, or a folder never watched: nothing registered below it
        }
        List<WatchKey> keys = new ArrayList<>();
        keyOfFolder.forEach((folder, key) -> {
            if (folder.startsWith(gone)) {
                keys.add(key);
            }
        });
        keys.forEach(key -> {
            key.cancel();
            forget(key);
        });
    }

    private void forget(WatchKey key) {
        Path folder = folderOfKey.remove(key);
        if (folder == null) {
            return;
        }
        keyOfFolder.remove(folder, key);
        if (roots.contains(folder)) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                tryRegisterTree(folder, true); // deleted and made again at once
                pending.changed(folder);
            } else if (missingRoots.add(folder)) {
                log.warn("Watched folder {} is gone; the other folders are still watched", folder);
            }
        }
    }

    private void fire(Batch batch) {
        if (batch.folders().isEmpty()) {
            return; // only paths under a root that is gone
        }
        publishStatus();
        try {
            onBatch.accept(batch);
        } catch (Exception e) {
            log.error("Re-ingesting {} failed; the watcher goes on", batch.folders(), e);
            recordError("batch failed: " + e);
        }
        batchesRun++;
        lastBatchAt = Instant.now();
    }

    private void recordError(String error) {
        lastError = error;
        lastErrorAt = Instant.now();
    }

    private void publishStatus() {
        status = new Status(roots, List.copyOf(missingRoots), true, watchingSince, lastBatchAt, batchesRun,
                pending.size(), lastError, lastErrorAt);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realRoot(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot watch " + root + ": no such folder", e);
        }
        if (!Files.isDirectory(real)) {
            throw new IllegalArgumentException("Cannot watch " + root + ": not a folder");
        }
        return real;
    }
}
