package org.pacta.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.pacta.core.Sha256;

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
    public static void assertEachFileStoredOnce(ElasticsearchClient client, String prefix, Set<String> hashes) {
        String documents = prefix + "-documents";
        try {
            client.indices().refresh(r -> r.index(documents));
            long topLevel = client.count(c -> c.index(documents)
                    .query(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("parent_sha256")))))).count();
            long found = client.count(c -> c.index(documents)
                    .query(Query.of(q -> q.ids(i -> i.values(List.copyOf(hashes)))))).count();
            assertEquals(hashes.size(), found, "documents found among the files' hashes");
            assertEquals(hashes.size(), topLevel, "top-level documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index operations the documents index has taken (counted even while refresh is off). */
    public static long indexedOperations(ElasticsearchClient client, String prefix) {
        try {
            if (!client.indices().exists(e -> e.index(prefix + "-documents")).value()) {
                return 0;
            }
            var indexing = client.indices().stats(s -> s.index(prefix + "-documents")).all().primaries().indexing();
            return indexing == null ? 0 : indexing.indexTotal();
        } catch (IOException e) {
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
