package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.document;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.entry;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.searchable;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.sha;

/** The archive's session on a real node: storing, catalog, paths, deletion, refusals, refresh. */
class ElasticsearchArchiveTest {

    private static ElasticsearchClient client;
    private static String prefix;
    private static ElasticsearchArchive archive;
    private static String documents;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("archive");
        archive = new ElasticsearchArchive(client, prefix);
        documents = IndexDefinition.DOCUMENTS.alias(prefix);
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void storesDocumentsAndMembersThenTheCatalogEntry() {
        String zip = sha("store-zip");
        String member = sha("store-member");
        CatalogEntry file = entry("/data/store/treaties.zip", zip);
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = archive.openSession(recorder)) {
            session.store(List.of(document(zip, null, file.path(), "The archive itself."),
                    document(member, zip, file.path(), "Türkiye and Azerbaijan signed an agreement.")), file);
        }

        assertEquals(Set.of(file.path()), recorder.stored.keySet());
        assertTrue(recorder.rejected.isEmpty());
        Map<String, Object> parent = searchable(client, documents, zip).orElseThrow();
        Map<String, Object> child = searchable(client, documents, member).orElseThrow();
        assertEquals("Agreement " + zip, parent.get("title"));
        assertEquals(zip, parent.get("content_sha256"));
        assertNull(parent.get("parent_sha256"));
        assertEquals(zip, child.get("parent_sha256"));
        assertEquals("inner/" + member + ".pdf", child.get("path_in_parent"));
        assertEquals(List.of(file.path()), child.get("source_paths"));
        assertEquals("2020-03-04", child.get("signed_date"));
        assertEquals(2020, child.get("signed_year"));
        assertEquals("en", child.get("language"));
        assertEquals(43, child.get("characters"));
        assertEquals("2024-05-06T07:08:09.123Z", child.get("ingested_at"));
        assertEquals("2020-03-05", child.get("published_date"));
        assertEquals(List.of("page 2 was blank"), child.get("extraction_warnings"));
        assertEquals(true, child.get("ocr_applied"));
        assertEquals(Map.of("parties", Map.of("value", "AZE,TUR", "sentence", "Between Azerbaijan and Türkiye.", "start", 0,
                "end", 31, "confidence", 0.9)), child.get("evidence"));
        assertFalse(child.containsKey("party_names"));

        assertEquals(file, archive.catalog().get(file.path()));
    }

    @Test
    void curatedLanguageWinsOverTheDetectedOne() {
        AgreementMetadata curated = new AgreementMetadata(null, null, null, null, null, null, "fr", null, null, null,
                Set.of("language"), null, null, null, null, null);
        String id = sha("language");
        CatalogEntry file = entry("/data/language/accord.pdf", id);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(new ArchiveDocument(id, null, null, "accord.pdf", List.of(file.path()), "application/pdf",
                    10, 1, "Accord", false, "en", null, ArchiveFixtures.NOW, curated, List.of())), file);
        }
        Map<String, Object> source = searchable(client, documents, id).orElseThrow();
        assertEquals("fr", source.get("language"));
        assertFalse(source.containsKey("title"));
    }

    @Test
    void addPathThenReplacePathsThenDeleteWithMembers() {
        String zip = sha("paths-zip");
        String member = sha("paths-member");
        CatalogEntry first = entry("/data/paths/a/bundle.zip", zip);
        CatalogEntry second = entry("/data/paths/b/bundle-copy.zip", zip);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(document(zip, null, first.path(), "Bundle"),
                    document(member, zip, first.path(), "Member")), first);
        }

        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = archive.openSession(recorder)) {
            session.addPath(zip, List.of(first.path(), second.path()), AgreementMetadata.EMPTY, second);
        }
        assertEquals(Set.of(second.path()), recorder.stored.keySet());
        assertEquals(List.of(first.path(), second.path()), searchable(client, documents, zip).orElseThrow().get("source_paths"));
        assertEquals(second, archive.catalog().get(second.path()));

        try (ArchiveSession session = archive.openSession(recorder)) {
            session.replacePaths(zip, List.of(second.path()));
        }
        assertEquals(List.of(second.path()), searchable(client, documents, zip).orElseThrow().get("source_paths"));

        try (ArchiveSession session = archive.openSession(recorder)) {
            session.replacePaths(zip, List.of());
        }
        assertTrue(searchable(client, documents, zip).isEmpty());
        assertTrue(searchable(client, documents, member).isEmpty());
    }

    @Test
    void addPathSetsThePathsCuratedFieldsAndKeepsTheOthers() {
        String id = sha("curated-copy");
        CatalogEntry original = entry("/data/curated/original.pdf", id);
        CatalogEntry copy = entry("/data/curated/copy.pdf", id);
        // The copy's sidecar sets a title, a date and tags, and empties the place.
        AgreementMetadata sidecar = new AgreementMetadata("Curated title", null, LocalDate.of(1999, 12, 31), null, null,
                null, null, null, List.of("oil", "gas"), null, Set.of("title", "signed_date", "tags", "signed_place"),
                null, null, null, null, null);
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = archive.openSession(recorder)) {
            // In one session: the get behind the merge must see the document stored just before.
            session.store(List.of(document(id, null, original.path(), "Original text")), original);
            session.addPath(id, List.of(original.path(), copy.path()), sidecar, copy);
        }
        assertEquals(Set.of(original.path(), copy.path()), recorder.stored.keySet());
        Map<String, Object> source = searchable(client, documents, id).orElseThrow();
        assertEquals("Curated title", source.get("title"));
        assertEquals("1999-12-31", source.get("signed_date"));
        assertEquals(1999, source.get("signed_year"));
        assertEquals(List.of("oil", "gas"), source.get("tags"));
        assertNull(source.get("signed_place"));
        assertEquals(List.of("AZE", "TUR"), source.get("parties"), "fields the sidecar does not name stay");
        assertEquals("Original text", source.get("body"));
        assertEquals(List.of("parties", "signed_date", "signed_place", "tags", "title"), source.get("curated_fields"));
        assertEquals(List.of(original.path(), copy.path()), source.get("source_paths"));
    }

    @Test
    void addPathOfAMissingDocumentRejectsTheFile() {
        CatalogEntry file = entry("/data/curated/orphan.pdf", sha("never-stored"));
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = archive.openSession(recorder)) {
            session.addPath(file.documentId(), List.of(file.path()), AgreementMetadata.EMPTY, file);
        }
        assertTrue(recorder.rejected.get(file.path()).contains("document_missing_exception"), recorder.rejected.toString());
        assertFalse(archive.catalog().containsKey(file.path()));
    }

    @Test
    void deletesMembersWrittenEarlierInTheSameSession() {
        String zip = sha("same-session-zip");
        String inner = sha("same-session-inner-zip");
        String leaf = sha("same-session-leaf");
        CatalogEntry file = entry("/data/same-session/outer.zip", zip);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(document(zip, null, file.path(), "Outer"), document(inner, zip, file.path(), "Inner"),
                    document(leaf, inner, file.path(), "Leaf")), file);
            session.replacePaths(zip, List.of());
            session.forget(file.path());
        }
        assertTrue(searchable(client, documents, zip).isEmpty());
        assertTrue(searchable(client, documents, inner).isEmpty(), "a member's members go too");
        assertTrue(searchable(client, documents, leaf).isEmpty());
        assertFalse(archive.catalog().containsKey(file.path()), "forget waits for the file's own catalog write");
    }

    @Test
    void forgetRemovesTheCatalogEntry() {
        String id = sha("forget");
        CatalogEntry file = entry("/data/forget/gone.pdf", id);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(document(id, null, file.path(), "Soon forgotten")), file);
        }
        assertTrue(archive.catalog().containsKey(file.path()));

        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.forget(file.path());
        }
        assertFalse(archive.catalog().containsKey(file.path()));
    }

    @Test
    void refusedDocumentsRejectTheirFileOnly() {
        String tooLong = "x".repeat(600);
        String goodId = sha("refusal-good");
        String sibling = sha("refusal-sibling");
        String badDate = sha("refusal-bad-date");
        // A date Elasticsearch cannot hold in epoch milliseconds: it refuses that one document.
        CatalogEntry longIdFile = entry("/data/refusal/long-id.zip", sibling);
        CatalogEntry badDateFile = entry("/data/refusal/far-future.pdf", badDate);
        CatalogEntry good = entry("/data/refusal/good.pdf", goodId);
        AgreementMetadata farFuture = new AgreementMetadata(null, null, LocalDate.MAX, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = archive.openSession(recorder)) {
            session.store(List.of(document(sibling, null, longIdFile.path(), "Fine"),
                    document(tooLong, sibling, longIdFile.path(), "Id too long")), longIdFile);
            session.store(List.of(new ArchiveDocument(badDate, null, null, "future.pdf", List.of(badDateFile.path()),
                    "application/pdf", 1, 1, "Signed at the end of time", false, "en", null, ArchiveFixtures.NOW,
                    farFuture, List.of())), badDateFile);
            session.store(List.of(document(goodId, null, good.path(), "Good")), good);
        }

        assertEquals(Set.of(good.path()), recorder.stored.keySet());
        assertTrue(recorder.rejected.get(longIdFile.path()).contains("600 bytes long"), recorder.rejected.toString());
        String dateReason = recorder.rejected.get(badDateFile.path());
        assertTrue(dateReason.contains("failed to parse field [signed_date]"), dateReason); // Elasticsearch's words
        Map<String, CatalogEntry> catalog = archive.catalog();
        assertTrue(catalog.containsKey(good.path()));
        assertFalse(catalog.containsKey(longIdFile.path()));
        assertFalse(catalog.containsKey(badDateFile.path()));
        assertTrue(searchable(client, documents, sibling).isEmpty(), "nothing of a refused file is written");
        assertTrue(searchable(client, documents, goodId).isPresent());
    }

    @Test
    void aLongSessionMakesWhatItSentSearchableEveryRefreshInterval() throws Exception {
        ElasticsearchArchive everyHalfSecond = new ElasticsearchArchive(client, prefix,
                BulkSettings.defaults().withRefreshEvery(Duration.ofMillis(500)));
        String first = ArchiveFixtures.sha("visible-1");
        try (ArchiveSession session = everyHalfSecond.openSession(new ArchiveFixtures.Recorder())) {
            store(session, "visible-1");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (searchable(client, documents, first).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(searchable(client, documents, first).isPresent(), "searchable while the session still runs");
            assertEquals("-1", new RefreshPause(client, documents, BulkSettings.defaults()).current(),
                    "refresh stays off between the session's own refreshes");
        }
    }

    @Test
    void withoutARefreshIntervalNothingIsSearchableBeforeTheSessionCloses() throws Exception {
        ElasticsearchArchive atTheEnd = new ElasticsearchArchive(client, prefix,
                BulkSettings.defaults().withRefreshEvery(Duration.ZERO));
        String id = ArchiveFixtures.sha("hidden-1");
        try (ArchiveSession session = atTheEnd.openSession(new ArchiveFixtures.Recorder())) {
            store(session, "hidden-1");
            Thread.sleep(2_000); // well past the batch's linger (1 s): sent, but not refreshed
            assertTrue(searchable(client, documents, id).isEmpty());
        }
        assertTrue(searchable(client, documents, id).isPresent());
    }

    @Test
    void refreshIsOffDuringASessionAndRestoredAfter() throws Exception {
        RefreshPause refresh = new RefreshPause(client, documents, BulkSettings.defaults());
        assertNull(refresh.current());
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.forget("/nothing");
            assertNull(refresh.current(), "no document stored yet: refresh untouched");
            store(session, "refresh-1");
            assertEquals("-1", refresh.current());
        }
        assertNull(refresh.current(), "back to the default");

        client.indices().putSettings(p -> p.index(documents).settings(s -> s.refreshInterval(t -> t.time("7s"))));
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            store(session, "refresh-2");
            assertEquals("-1", refresh.current());
        }
        assertEquals("7s", refresh.current());
        client.indices().putSettings(p -> p.index(documents).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.forget("/nothing");
        }
        assertEquals("1s", refresh.current());
    }

    private static void store(ArchiveSession session, String seed) {
        String id = ArchiveFixtures.sha(seed);
        session.store(List.of(ArchiveFixtures.document(id, null, "/refresh/" + seed, "text")),
                ArchiveFixtures.entry("/refresh/" + seed, id));
    }

    @Test
    void aFileLargerThanOneRequestIsRecordedAfterItsLastDocument() {
        BulkSettings small = new BulkSettings(7, 8L * 1024 * 1024);
        String zip = sha("large-zip");
        CatalogEntry file = entry("/data/large/thirty.zip", zip);
        List<ArchiveDocument> members = new ArrayList<>();
        members.add(document(zip, null, file.path(), "Thirty members"));
        for (int i = 1; i < 30; i++) {
            members.add(document(sha("large-member-" + i), zip, file.path(), "Member " + i));
        }
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        try (ArchiveSession session = new ElasticsearchArchive(client, prefix, small).openSession(recorder)) {
            session.store(members, file);
        }
        assertEquals(Set.of(file.path()), recorder.stored.keySet());
        for (ArchiveDocument member : members) {
            assertTrue(searchable(client, documents, member.id()).isPresent(), member.id());
        }
        assertEquals(file, archive.catalog().get(file.path()));
    }

    @Test
    void manyWritersThroughSmallBatches() throws Exception {
        BulkSettings small = new BulkSettings(7, 2_000);
        ElasticsearchArchive smallBatches = new ElasticsearchArchive(client, prefix, small);
        ArchiveFixtures.Recorder recorder = new ArchiveFixtures.Recorder();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<String> paths = new ArrayList<>();
        try (ArchiveSession session = smallBatches.openSession(recorder)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                done.add(workers.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        String path = "/data/many/" + worker + "/" + i + ".pdf";
                        String id = sha(path);
                        // Bodies larger than a request's byte limit go alone.
                        String body = (i % 25 == 0 ? "x".repeat(5_000) : "text ") + path;
                        session.store(List.of(document(id, null, path, body)), entry(path, id));
                    }
                }));
                for (int i = 0; i < 100; i++) {
                    paths.add("/data/many/" + w + "/" + i + ".pdf");
                }
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            workers.shutdownNow();
        }
        assertTrue(recorder.rejected.isEmpty(), recorder.rejected.toString());
        assertEquals(Set.copyOf(paths), recorder.stored.keySet());
        assertTrue(archive.catalog().keySet().containsAll(paths));
        long count = client.count(c -> c.index(documents).query(q -> q.prefix(p -> p.field("source_paths")
                .value("/data/many/")))).count();
        assertEquals(400, count);
    }
}
