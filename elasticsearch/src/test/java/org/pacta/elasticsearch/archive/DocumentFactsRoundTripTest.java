package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.agreement.DocumentFacts;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.elasticsearch.agreement.DocumentFactsReader;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the agreement builder reads back from a real node is what the archive wrote: stages, named
 * agreements, kind and a curated agreement id; and an index made before a field existed gains it.
 */
class DocumentFactsRoundTripTest {

    private static ElasticsearchClient client;
    private static String prefix;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("facts");
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void theFactsOfAStoredDocumentComeBackWhole() {
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix);
        ArchiveDocument stored = ArchiveFixtures.document(ArchiveFixtures.sha("facts"), null, "/data/facts.pdf", "Text.");
        try (ArchiveSession session = archive.openSession(new ArchiveFixtures.Recorder())) {
            session.store(List.of(stored), ArchiveFixtures.entry("/data/facts.pdf", stored.id()));
        }
        List<DocumentFacts> facts = new DocumentFactsReader(client, IndexDefinition.DOCUMENTS.alias(prefix)).all();
        assertEquals(1, facts.size());
        DocumentFacts read = facts.get(0);
        assertEquals(stored.id(), read.documentId());
        assertEquals(stored.metadata().events(), read.metadata().events());
        assertEquals(stored.metadata().mentions(), read.metadata().mentions());
        assertEquals("aze-tur-2020", read.metadata().agreementId());
        assertEquals("text", read.metadata().kind());
        assertEquals(stored.metadata().signedDate(), read.metadata().signedDate());
        assertEquals(stored.metadata().evidence(), read.metadata().evidence());
    }

    @Test
    void anIndexCreatedBeforeAFieldExistedGainsItOnStart() throws Exception {
        String older = prefix + "-older";
        String concrete = IndexDefinition.DOCUMENTS.concreteIndex(older);
        // today's settings and mapping without the fields that came with agreements
        ObjectNode file;
        try (var in = getClass().getClassLoader().getResourceAsStream(IndexDefinition.DOCUMENTS.mappingResource())) {
            file = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ((ObjectNode) file.path("mappings").path("properties")).remove(List.of("events", "mentions", "kind"));
        byte[] mapping = new ObjectMapper().writeValueAsBytes(file);
        client.indices().create(c -> c.index(concrete).withJson(new ByteArrayInputStream(mapping))
                .aliases(IndexDefinition.DOCUMENTS.alias(older), a -> a.isWriteIndex(true)));
        try {
            new IndexAdmin(client, older).ensure(IndexDefinition.DOCUMENTS);
            var fields = client.indices().getMapping(g -> g.index(concrete)).get(concrete).mappings().properties();
            assertTrue(!fields.isEmpty() && fields.containsKey("events") && fields.containsKey("kind"),
                    fields.keySet().toString());
        } finally {
            client.indices().delete(d -> d.index(concrete));
        }
    }
}
