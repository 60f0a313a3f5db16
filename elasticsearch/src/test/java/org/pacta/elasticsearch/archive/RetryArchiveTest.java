package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.ArchiveUnavailableException;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.document;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.entry;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.sha;

/**
 * Real transient failures: the documents index is closed under a running session (every item
 * fails with index_closed_exception) and reopened a second later, or it stays closed; connections
 * are refused for a second before a relay to the node opens, or for good.
 */
class RetryArchiveTest {

    private static ElasticsearchClient client;
    private static String prefix;
    private static String concrete;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("retry");
        concrete = IndexDefinition.DOCUMENTS.concreteIndex(prefix);
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void writesWaitForAClosedIndexToReopen() throws Exception {
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix);
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        List<CatalogEntry> files = new ArrayList<>();
        CompletableFuture<Instant> reopened;
        try (ArchiveSession session = archive.openSession(recorder)) {
            client.indices().close(c -> c.index(concrete));
            for (int i = 0; i < 3; i++) {
                String path = "/data/retry/closed-" + i + ".pdf";
                files.add(entry(path, sha(path)));
                session.store(List.of(document(sha(path), null, path, "Written while closed " + i)), files.get(i));
            }
            reopened = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(1_000);
                    Instant at = Instant.now();
                    client.indices().open(o -> o.index(concrete));
                    return at;
                } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        Instant reopenedAt = reopened.get();
        assertTrue(recorder.rejected.isEmpty(), recorder.rejected.toString());
        assertEquals(files.stream().map(CatalogEntry::path).collect(Collectors.toSet()),
                recorder.stored.keySet());
        for (CatalogEntry file : files) {
            assertTrue(recorder.stored.get(file.path()).isAfter(reopenedAt), "stored only after the index reopened");
            assertTrue(ArchiveFixtures.searchable(client, IndexDefinition.DOCUMENTS.alias(prefix), file.documentId())
                    .isPresent());
        }
        assertTrue(archive.catalog().keySet().containsAll(recorder.stored.keySet()));
    }

    @Test
    void givesUpWhenTheIndexStaysClosed() throws Exception {
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix,
                BulkSettings.defaults().withGiveUpAfter(Duration.ofSeconds(2)));
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        String path = "/data/retry/never.pdf";
        ArchiveSession session = archive.openSession(recorder);
        client.indices().close(c -> c.index(concrete));
        try {
            session.store(List.of(document(sha(path), null, path, "Never written")), entry(path, sha(path)));
            ArchiveUnavailableException e = assertThrows(ArchiveUnavailableException.class, session::close);
            System.out.println("close() threw: " + e.getMessage());
            assertTrue(e.getMessage().contains("index_closed_exception"), e.getMessage());
            assertTrue(e.getMessage().contains("ingested again"), e.getMessage());
        } finally {
            client.indices().open(o -> o.index(concrete));
        }
        assertTrue(recorder.stored.isEmpty());
        assertTrue(recorder.rejected.isEmpty(), "not the file's fault: no rejection is recorded");
        assertFalse(archive.catalog().containsKey(path));
        assertThrows(ArchiveUnavailableException.class, () -> session.forget(path), "a failed session takes no more work");

        // Whether or not the failed session could restore the refresh interval, the next one leaves the default.
        try (ArchiveSession next = archive.openSession(recorder)) {
            next.forget(path);
        }
        assertEquals(null, new RefreshPause(client, IndexDefinition.DOCUMENTS.alias(prefix), BulkSettings.defaults())
                .current());
    }

    @Test
    void aBulkRequestIsResentWhenTheNodeBecomesReachable() throws Exception {
        URI node = TestElasticsearch.shared().settings().nodes().get(0);
        assumeTrue("http".equals(node.getScheme()) && TestElasticsearch.shared().settings().apiKey() == null
                && TestElasticsearch.shared().settings().username() == null, "needs a plain-http node to relay to");
        int port = freePort();
        String documents = IndexDefinition.DOCUMENTS.alias(prefix);
        new ElasticsearchArchive(client, prefix); // the indices
        try (ElasticsearchConnection relayed = ElasticsearchConnection.open(
                ConnectionSettings.local(URI.create("http://127.0.0.1:" + port)))) {
            CompletableFuture<TcpForwarder> relay = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(1_000); // until then, connections to the port are refused
                    return new TcpForwarder(port, node.getHost(), node.getPort());
                } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<String> outcomes = new CopyOnWriteArrayList<>();
            long started = System.nanoTime();
            new BulkWriter(relayed.client(), BulkSettings.defaults()).send(List.of(new BulkWriter.Item(
                    BulkOperation.of(b -> b.index(i -> i.index(documents)
                            .id("relayed").document(Map.of("body", "sent twice")))), 100,
                    () -> outcomes.add("ok"), failure -> outcomes.add(failure.reason()))));
            long millis = (System.nanoTime() - started) / 1_000_000;
            relay.get().close();
            assertEquals(List.of("ok"), outcomes);
            assertTrue(millis >= 900, "the first attempts were refused, so it took " + millis + " ms");
        }
        assertTrue(client.get(g -> g.index(documents).id("relayed"), Map.class).found());
    }

    @Test
    void anUnreachableNodeIsRetriedThenGivenUp() throws Exception {
        int port = freePort();
        try (ElasticsearchConnection nowhere = ElasticsearchConnection.open(
                ConnectionSettings.local(URI.create("http://127.0.0.1:" + port)))) {
            BulkSettings patience = BulkSettings.defaults().withGiveUpAfter(Duration.ofMillis(1_500));
            long started = System.nanoTime();
            ArchiveUnavailableException e = assertThrows(ArchiveUnavailableException.class, () -> {
                try (ElasticsearchArchiveSession session = new ElasticsearchArchiveSession(nowhere.client(),
                        "pacta-nowhere-documents", "pacta-nowhere-passages", new CatalogIndex(nowhere.client(), "pacta-nowhere-files", patience),
                        patience, new ArchiveFixtures.Recorder())) {
                    String id = ArchiveFixtures.sha("nowhere");
                    session.store(java.util.List.of(ArchiveFixtures.document(id, null, "/nowhere", "text")),
                            ArchiveFixtures.entry("/nowhere", id));
                }
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 1_400, "retried for the give-up time, not " + millis + " ms");
            assertTrue(e.getMessage().contains("ConnectException"), e.getMessage());
        }
    }

    /** A port nothing listens on (it was free a moment ago): connections to it are refused. */
    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
