package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** catalog() pages through more entries than one search (or the 10,000 result window) returns. */
class CatalogPagingArchiveTest {

    private static final int ENTRIES = 12_000;

    private static ElasticsearchClient client;
    private static String prefix;

    @BeforeAll
    static void open() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("catalog-paging");
    }

    @AfterAll
    static void drop() {
        ArchiveFixtures.deleteIndices(client, prefix);
    }

    @Test
    void loadsEveryEntry() throws Exception {
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix);
        CatalogIndex catalog = new CatalogIndex(client, IndexDefinition.FILES.alias(prefix), BulkSettings.defaults());
        String longDirectory = "/data/" + "very-long-directory-name/".repeat(30); // paths longer than an _id may be
        List<BulkOperation> operations = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            String path = (i % 100 == 0 ? longDirectory : "/data/paging/") + i + ".pdf";
            operations.add(catalog.write(ArchiveFixtures.entry(path, ArchiveFixtures.sha(path))));
            if (operations.size() == 3_000) {
                send(operations);
            }
        }
        send(operations);
        client.indices().refresh(r -> r.index(catalog.alias()));

        long started = System.nanoTime();
        Map<String, CatalogEntry> entries = archive.catalog();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("catalog() loaded " + entries.size() + " entries in " + millis + " ms");

        assertEquals(ENTRIES, entries.size());
        String sample = longDirectory + "4200.pdf";
        assertEquals(ArchiveFixtures.entry(sample, ArchiveFixtures.sha(sample)), entries.get(sample));
        assertFalse(entries.containsKey(null));
    }

    private static void send(List<BulkOperation> operations) throws Exception {
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        assertFalse(response.errors());
        operations.clear();
    }
}
