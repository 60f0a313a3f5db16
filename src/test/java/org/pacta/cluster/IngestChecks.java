package org.pacta.cluster;

import org.pacta.core.Sha256;
import org.pacta.elasticsearch.testing.IndexProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a finished ingest must have left in the archive, and when one is far enough along to be disturbed. */
public final class IngestChecks {

    private IngestChecks() {
    }

    public static Path sharedFolder(String name) {
        return Path.of(System.getProperty("pacta.test.shared")).resolve(name).normalize();
    }

    /** The document ids an ingest of {@code folder} must produce: the SHA-256 of every distinct file. */
    public static Set<String> distinctHashes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Set<String> hashes = new TreeSet<>();
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                hashes.add(Sha256.ofFile(file));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file is one top-level document, none missing, none twice. */
    public static void assertEachFileStoredOnce(IndexProbe probe, String prefix, Set<String> hashes) {
        String documents = prefix + "-documents";
        probe.refresh(documents);
        long topLevel = probe.count(documents, IndexProbe.missing("parent_sha256"));
        long found = probe.count(documents, IndexProbe.ids(hashes));
        assertEquals(hashes.size(), found, "documents found among the files' hashes");
        assertEquals(hashes.size(), topLevel, "top-level documents");
    }

    /** Index operations the documents index has taken (counted even while refresh is off). */
    public static long indexedOperations(IndexProbe probe, String prefix) {
        try {
            return probe.indexedOperations(prefix + "-documents");
        } catch (UncheckedIOException e) {
            return 0; // not answering yet
        }
    }

    /** Waits, bounded, until {@code condition} holds; fails with {@code what} otherwise. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
