package org.pacta.elasticsearch.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Copies folder trees file by file, skipping what the target already has: backups are incremental. */
final class FolderCopy {

    private FolderCopy() {
    }

    /**
     * Copies the files of {@code from} that {@code to} lacks; for content-addressed files, whose
     * name says what they hold. Each is written to a temporary name and then moved, so an
     * interrupted copy never leaves a half file under a real name. Returns how many were copied.
     */
    static int copyMissing(Path from, Path to) {
        int copied = 0;
        for (Path source : files(from)) {
            Path target = to.resolve(from.relativize(source).toString());
            if (!Files.exists(target)) {
                copy(source, target);
                copied++;
            }
        }
        return copied;
    }

    /** Makes {@code to} hold exactly the files of {@code from}, copying only new or changed ones (size, time). */
    static void mirror(Path from, Path to) {
        Set<Path> wanted = new HashSet<>();
        for (Path source : files(from)) {
            Path relative = from.relativize(source);
            wanted.add(relative);
            Path target = to.resolve(relative.toString());
            if (!sameFile(source, target)) {
                copy(source, target);
            }
        }
        if (Files.isDirectory(to)) {
            for (Path stale : files(to)) {
                if (!wanted.contains(to.relativize(stale))) {
                    delete(stale);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FolderCopy::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    static long countFiles(Path dir) {
        return Files.isDirectory(dir) ? files(dir).size() : 0;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            // .partial: a copy or blob still being written (ours, or the blob store's tmp/)
            return paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".partial")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean sameFile(Path source, Path target) {
        try {
            return Files.exists(target) && Files.size(source) == Files.size(target)
                    && Files.getLastModifiedTime(source).equals(Files.getLastModifiedTime(target));
        } catch (IOException e) {
            return false;
        }
    }

    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
