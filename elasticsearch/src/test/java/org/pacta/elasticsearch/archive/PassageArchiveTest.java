package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.Passage;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.ElasticsearchDocumentIndexVersions;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.entry;
import static org.pacta.elasticsearch.archive.ArchiveFixtures.sha;

/** A document's passages on a real node: written with it, gone with it, curated with it, rebuilt with it. */
class PassageArchiveTest {

    private static final String BODY = "Article 1\nThe Parties shall cooperate.\nArticle 2\nDisputes go to arbitration.\n";

    private static ElasticsearchClient client;
    private static String prefix;
    private static ElasticsearchArchive archive;
    private static String passages;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("passages");
        archive = new ElasticsearchArchive(client, prefix);
        passages = IndexDefinition.PASSAGES.alias(prefix);
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void passagesAreStoredWithTheirPlaceAndTheDocumentsFacts() {
        String id = sha("passages-stored");
        CatalogEntry file = entry("/data/passages/stored.pdf", id);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(withPassages(id, null, file.path())), file);
        }

        List<Map<String, Object>> stored = passagesOf(id);
        assertEquals(List.of("Article 1", "Article 2"), stored.stream().map(p -> p.get("locator")).toList());
        Map<String, Object> second = stored.get(1);
        assertEquals("Article 2\nDisputes go to arbitration.\n", second.get("text"));
        assertEquals(BODY.indexOf("Article 2"), second.get("start"));
        assertEquals(BODY.length(), second.get("end"));
        assertEquals(2, second.get("page"));
        assertEquals("Arbitration", second.get("heading"));
        assertEquals(List.of("AZE", "TUR"), second.get("parties"));
        assertEquals(2020, second.get("signed_year"));
        assertEquals("text", second.get("kind"));
        assertEquals("en", second.get("language"));
    }

    @Test
    void deletingADocumentDeletesItsPassagesAndThoseOfItsMembers() {
        String zip = sha("passages-zip");
        String member = sha("passages-member");
        String other = sha("passages-other");
        CatalogEntry file = entry("/data/passages/treaties.zip", zip);
        CatalogEntry otherFile = entry("/data/passages/other.pdf", other);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(withPassages(zip, null, file.path()), withPassages(member, zip, file.path())), file);
            session.store(List.of(withPassages(other, null, otherFile.path())), otherFile);
            session.replacePaths(zip, List.of()); // in the same session: its writes are not yet refreshed
        }

        assertEquals(List.of(), passagesOf(zip));
        assertEquals(List.of(), passagesOf(member));
        assertEquals(2, passagesOf(other).size(), "an unrelated document keeps its passages");
    }

    @Test
    void aSidecarsCuratedFactsReachThePassages() {
        String id = sha("passages-curated");
        CatalogEntry file = entry("/data/passages/curated.pdf", id);
        CatalogEntry copy = entry("/data/passages/copy/curated.pdf", id);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(withPassages(id, null, file.path())), file);
        }
        AgreementMetadata curated = new AgreementMetadata(null, List.of("FRA"), null, null, "terminated", null, null,
                null, null, null, Set.of("parties", "status"), null, null, null, null, null);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.addPath(id, List.of(file.path(), copy.path()), curated, copy);
        }

        for (Map<String, Object> passage : passagesOf(id)) {
            assertEquals(List.of("FRA"), passage.get("parties"));
            assertEquals("terminated", passage.get("status"));
            assertEquals(2020, passage.get("signed_year"), "facts the sidecar leaves alone stay");
        }
    }

    @Test
    void aRebuildWritesNewPassagesBesideTheLiveOnesAndSwitchesBothAtOnce() throws IOException {
        String id = sha("passages-rebuilt");
        CatalogEntry file = entry("/data/passages/rebuilt.pdf", id);
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(withPassages(id, null, file.path())), file);
        }
        ElasticsearchDocumentIndexVersions versions = new ElasticsearchDocumentIndexVersions(client, prefix,
                Clock.systemUTC());
        String old = versions.live();
        String oldPassages = liveIndex(passages);
        String next = versions.createNext();
        versions.blockWrites(old, true);
        ArchiveDocument recut = withPassages(id, null, file.path(), List.of(new Passage(0, "p. 1", null, 0,
                BODY.length(), 1)));
        try (ArchiveSession session = archive.openSession(versions.rebuildTarget(), new ArchiveFixtures.Recorder())) {
            session.store(List.of(recut), file);
        }
        assertEquals(2, passagesOf(id).size(), "searches see the live passages until the switch");

        versions.switchTo(old, next);
        versions.delete(old);

        assertEquals(List.of("p. 1"), passagesOf(id).stream().map(p -> p.get("locator")).toList());
        assertFalse(liveIndex(passages).equals(oldPassages));
        assertFalse(client.indices().exists(e -> e.index(oldPassages)).value(), "the old passages index is deleted");
        assertTrue(client.indices().exists(e -> e.index(next)).value());
    }

    private static ArchiveDocument withPassages(String id, String parentId, String path) {
        int second = BODY.indexOf("Article 2");
        return withPassages(id, parentId, path, List.of(new Passage(0, "Article 1", null, 0, second, 1),
                new Passage(1, "Article 2", "Arbitration", second, BODY.length(), 2)));
    }

    private static ArchiveDocument withPassages(String id, String parentId, String path, List<Passage> cut) {
        ArchiveDocument d = ArchiveFixtures.document(id, parentId, path, BODY);
        return new ArchiveDocument(d.id(), d.parentId(), d.pathInParent(), d.fileName(), d.sourcePaths(),
                d.contentType(), d.sizeBytes(), d.pages(), d.body(), d.ocrApplied(), d.detectedLanguage(),
                d.warnings(), d.ingestedAt(), d.metadata(), cut);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> passagesOf(String documentId) {
        try {
            client.indices().refresh(r -> r.index(passages));
            List<Map<String, Object>> found = new ArrayList<>();
            client.search(s -> s.index(passages).size(100)
                            .query(q -> q.term(t -> t.field("document_id").value(documentId)))
                            .sort(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc))), Map.class)
                    .hits().hits().forEach(hit -> found.add((Map<String, Object>) hit.source()));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String liveIndex(String alias) throws IOException {
        return client.indices().getAlias(a -> a.name(alias)).result().keySet().iterator().next();
    }
}
