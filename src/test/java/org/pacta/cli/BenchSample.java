package org.pacta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first files of the shared benchmark folder (by name, so every format is in), linked into a folder of their
 * own: enough for a kill or a Ctrl-C to land midway, without ingesting all 417 texts again and again.
 */
final class BenchSample {

    private static final Path BENCH = Path.of(System.getProperty("pacta.test.shared", "../shared"), "bench", "agreements");

    private BenchSample() {
    }

    /** A new folder with {@code count} of the benchmark's files, hard-linked where the file system allows. */
    static Path of(int count) {
        Path folder = PactaProcess.freshDataDir("bench-sample").resolve("agreements");
        try (Stream<Path> files = Files.list(BENCH)) {
            List<Path> first = files.filter(Files::isRegularFile).sorted().limit(count).toList();
            if (first.size() < count) {
                throw new IllegalStateException("only " + first.size() + " files in " + BENCH);
            }
            Files.createDirectories(folder);
            for (Path file : first) {
                Path target = folder.resolve(file.getFileName());
                try {
                    Files.createLink(target, file.toRealPath());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target); // another file system
                }
            }
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
