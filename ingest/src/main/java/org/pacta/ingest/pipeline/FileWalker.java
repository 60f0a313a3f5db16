package org.pacta.ingest.pipeline;

import org.pacta.ingest.sidecar.Sidecars;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the documents under the ingest roots. Symbolic links are never followed, so nothing
 * outside the roots is read and link loops cannot trap the walk; hidden files and sidecars are not documents.
 */
final class FileWalker {

    record Candidate(Path root, Path path, long size, long modifiedMillis) {
    }

    private FileWalker() {
    }

    static List<Candidate> walk(List<Path> roots, Consumer<FileResult> skipped) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (Path root : roots) {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        skipped.accept(FileResult.skipped(file.toString(), "symbolic link, not followed"));
                    } else if (!attributes.isRegularFile()) {
                        skipped.accept(FileResult.skipped(file.toString(), "not a regular file"));
                    } else if (isHidden(file)) {
                        skipped.accept(FileResult.skipped(file.toString(), "hidden file"));
                    } else if (!Sidecars.isSidecar(file)) {
                        candidates.add(new Candidate(root, file, attributes.size(), attributes.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.accept(FileResult.skipped(file.toString(), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        candidates.sort(java.util.Comparator.comparing(Candidate::path)); // a stable order: reproducible runs
        return candidates;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
