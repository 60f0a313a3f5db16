package org.pacta.ingest;

import org.pacta.core.ingest.FailureReason;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.ingest.sidecar.Sidecars;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the documents under the ingest roots. Symbolic links are never followed, so nothing
 * outside the roots is read and link loops cannot trap the walk. Sidecars and rule files are not
 * documents; what the {@link Exclusions} leave out is reported as excluded, a folder once (it is not walked).
 */
final class FileWalker {

    record Candidate(Path root, Path path, long size, long modifiedMillis) {
    }

    /** @param excluded files and folders left out by a rule; a known path at or below one of them is excluded */
    record Walk(List<Candidate> candidates, Set<Path> excluded) {
    }

    private FileWalker() {
    }

    static Walk walk(List<Path> roots, Exclusions exclusions, Consumer<FileResult> reported) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        Set<Path> excluded = new HashSet<>();
        for (Path root : roots) {
            Deque<Exclusions.Scope> scopes = new ArrayDeque<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root)) {
                        String why = scopes.peek().excluded(dir, true);
                        if (why != null) {
                            excluded.add(dir);
                            reported.accept(FileResult.excluded(dir + "/", why));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    try {
                        Exclusions.Scope scope = dir.equals(root) ? exclusions.root(root) : scopes.peek().enter(dir);
                        scope.problems().forEach(problem -> reported.accept(FileResult.failed(scope.ruleFile().toString(), 0,
                                FailureReason.IGNORE_FILE_INVALID, problem)));
                        scopes.push(scope);
                        return FileVisitResult.CONTINUE;
                    } catch (Exclusions.RuleFileException e) {
                        reported.accept(FileResult.failed(e.file().toString(), 0, FailureReason.IGNORE_FILE_INVALID,
                                e.getMessage() + "; the folder is not ingested without its rules"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    scopes.pop();
                    if (e != null) {
                        reported.accept(FileResult.skipped(dir.toString(), "cannot be read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (Exclusions.isRuleFile(file) && attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE; // read as rules, never a document
                    }
                    if (attributes.isRegularFile() && Sidecars.isSidecar(file)) {
                        return FileVisitResult.CONTINUE; // metadata of documents, not a document
                    }
                    String why = scopes.peek().excluded(file, false);
                    if (why != null) {
                        excluded.add(file);
                        reported.accept(FileResult.excluded(file.toString(), why));
                    } else if (attributes.isSymbolicLink()) {
                        reported.accept(FileResult.skipped(file.toString(), "symbolic link, not followed"));
                    } else if (!attributes.isRegularFile()) {
                        reported.accept(FileResult.skipped(file.toString(), "not a regular file"));
                    } else {
                        candidates.add(new Candidate(root, file, attributes.size(), attributes.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    reported.accept(FileResult.skipped(file.toString(), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        candidates.sort(java.util.Comparator.comparing(Candidate::path)); // a stable order: reproducible runs
        return new Walk(candidates, excluded);
    }
}
