package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request Elasticsearch refuses as a whole is split until only the guilty operation fails. */
class BulkWriterArchiveTest {

    private static ElasticsearchClient client;
    private static String prefix;
    private static String documents;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("bulk-writer");
        new ElasticsearchArchive(client, prefix);
        documents = IndexDefinition.DOCUMENTS.alias(prefix);
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void aWholeRequestRefusalFailsOnlyTheGuiltyOperation() {
        // Not through the session, which refuses such ids itself: here Elasticsearch must refuse it.
        List<String> ids = List.of("a", "b", "x".repeat(600), "c", "d");
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        List<BulkWriter.Item> items = ids.stream().map(id -> new BulkWriter.Item(
                BulkOperation.of(b -> b.index(i -> i.index(documents).id(id).document(Map.of("body", id)))), 100,
                () -> outcomes.put(id, "ok"), failure -> outcomes.put(id, failure.reason()))).toList();

        new BulkWriter(client, BulkSettings.defaults()).send(items);

        assertEquals(5, outcomes.size());
        for (String id : List.of("a", "b", "c", "d")) {
            assertEquals("ok", outcomes.get(id));
        }
        String reason = outcomes.get("x".repeat(600));
        assertTrue(reason.contains("must be no longer than 512 bytes"), reason);
    }
}
