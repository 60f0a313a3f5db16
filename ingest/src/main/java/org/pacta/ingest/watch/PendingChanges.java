package org.pacta.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed since the last batch, kept by the watcher's thread only. Paths are kept as reported, not yet
 * as folders: whether a path still exists is only decided when the batch fires, so a file created and
 * deleted within one burst costs nothing more than its folder.
 */
final class PendingChanges {

    /** Size and mtime: what the ingest compares too, so it is what tells a file still being written. */
    record FileStamp(long size, FileTime modified) {

        static FileStamp of(BasicFileAttributes attributes) {
            return new FileStamp(attributes.size(), attributes.lastModifiedTime());
        }

        /** @return null when the path is gone or no longer a regular file */
        static FileStamp read(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return attributes.isRegularFile() ? of(attributes) : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    private final Set<Path> paths = new HashSet<>();
    private final Map<Path, FileStamp> files = new HashMap<>();
    private boolean rescan;

    void changed(Path path) {
        paths.add(path);
    }

    /** A regular file seen changing (or found in a new folder): it must hold still before the batch fires. */
    void fileSeen(Path file, FileStamp stamp) {
        paths.add(file);
        files.put(file, stamp);
    }

    void rescan() {
        rescan = true;
    }

    boolean rescanning() {
        return rescan;
    }

    boolean isEmpty() {
        return !rescan && paths.isEmpty();
    }

    int size() {
        return paths.size();
    }

    /**
     * The settle check: every changed regular file still has the size and mtime it had when last seen. A
     * writer that produced no event since (a slow network copy, a platform whose watch service polls, a
     * write through a hard link elsewhere) is caught here; the files that moved are re-stamped so the next
     * check compares against now.
     */
    boolean settled() {
        boolean settled = true;
        for (Iterator<Map.Entry<Path, FileStamp>> it = files.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, FileStamp> entry = it.next();
            FileStamp now = FileStamp.read(entry.getKey());
            if (now == null) {
                it.remove(); // gone: the prune takes care of it, nothing to wait for
            } else if (!now.equals(entry.getValue())) {
                entry.setValue(now);
                settled = false;
            }
        }
        return settled;
    }

    /**
     * Empties this and says what to re-ingest: a rescan re-ingests the whole (existing) roots; otherwise each
     * changed path becomes the nearest existing folder at or above it within a root. Paths under no existing
     * root are dropped: there is nothing the ingest could be pointed at.
     */
    FolderWatcher.Batch drain(List<Path> roots) {
        Set<Path> folders = new HashSet<>();
        if (rescan) {
            roots.stream().filter(root -> Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)).forEach(folders::add);
        } else {
            for (Path path : paths) {
                Path folder = nearestFolder(path, roots);
                if (folder != null) {
                    folders.add(folder);
                }
            }
        }
        Set<Path> changed = minimal(folders);
        List<Path> enclosing = roots.stream().filter(root -> changed.stream().anyMatch(f -> f.startsWith(root))).toList();
        FolderWatcher.Batch batch = new FolderWatcher.Batch(changed, enclosing, rescan);
        paths.clear();
        files.clear();
        rescan = false;
        return batch;
    }

    static Path nearestFolder(Path path, List<Path> roots) {
        for (Path p = path; p != null && insideARoot(p, roots); p = p.getParent()) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }

    private static boolean insideARoot(Path path, List<Path> roots) {
        return roots.stream().anyMatch(path::startsWith);
    }

    /** Drops every folder that lies inside another one: the ingest recurses, so it would be walked twice. */
    static Set<Path> minimal(Collection<Path> folders) {
        Set<Path> all = new HashSet<>(folders);
        Set<Path> minimal = new TreeSet<>();
        for (Path folder : all) {
            boolean covered = false;
            for (Path p = folder.getParent(); p != null && !covered; p = p.getParent()) {
                covered = all.contains(p);
            }
            if (!covered) {
                minimal.add(folder);
            }
        }
        return minimal;
    }
}
