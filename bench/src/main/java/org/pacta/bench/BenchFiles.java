package org.pacta.bench;

import org.pacta.ingest.exclude.Exclusions;
import org.pacta.ingest.sidecar.Sidecars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The documents under a folder, by the rules of Pacta's ingest walk: regular files only, symbolic links
 * not followed, metadata sidecars and rule files left out, and what the standard exclusions (hidden files
 * and folders, OS and editor leftovers, {@code .pactaignore} files) exclude. The raw references read exactly
 * these files, so that every variant of a benchmark works on the same input.
 */
record BenchFiles(Path root, List<Path> files, long bytes) {

    BenchFiles {
        files = List.copyOf(files);
    }

    static BenchFiles under(Path folder) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("No such folder: " + folder, e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Not a folder: " + folder);
        }
        List<Path> files = new ArrayList<>();
        long[] bytes = {0};
        Deque<Exclusions.Scope> scopes = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && scopes.peek().excluded(dir, true) != null) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        scopes.push(dir.equals(root) ? Exclusions.standard().root(root) : scopes.peek().enter(dir));
                        return FileVisitResult.CONTINUE;
                    } catch (Exclusions.RuleFileException e) {
                        return FileVisitResult.SKIP_SUBTREE; // as the ingest: not read without its rules
                    }
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    scopes.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !attributes.isSymbolicLink() && !Exclusions.isRuleFile(file)
                            && !Sidecars.isSidecar(file) && scopes.peek().excluded(file, false) == null) {
                        files.add(file);
                        bytes[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return new BenchFiles(root, files, bytes[0]);
    }
}
