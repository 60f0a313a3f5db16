package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.Evidence;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Documents, catalog entries and a recording listener for the archive tests. */
final class ArchiveFixtures {

    static final Instant NOW = Instant.parse("2024-05-06T07:08:09.123Z");

    private ArchiveFixtures() {
    }

    static ArchiveDocument document(String id, String parentId, String path, String body) {
        // Every field set, so the strict mapping checks every name DocumentJson writes.
        AgreementMetadata metadata = new AgreementMetadata("Agreement " + id, List.of("AZE", "TUR"),
                LocalDate.of(2020, 3, 4), "Genève", "in_force", "memorandum", null, LocalDate.of(2020, 3, 5),
                List.of("energy"), "https://example.org/" + id, Set.of("parties"), Map.of("parties", new Evidence("AZE,TUR", "Between Azerbaijan and Türkiye.", 0, 31, 0.9)), "aze-tur-2020",
                List.of(new ReportedEvent("ratified", LocalDate.of(2020, 6, 1), "stated", "AZE", "Milli Majlis",
                        new Evidence("ratified", "The Milli Majlis ratified it on 1 June 2020.", 40, 84, 0.9))),
                List.of(new InstrumentMention("Shusha Declaration", 2021,
                        new Evidence("Shusha Declaration", "It builds on the 2021 Shusha Declaration.", 85, 126, 0.7))),
                "text");
        return new ArchiveDocument(id, parentId, parentId == null ? null : "inner/" + id + ".pdf", id + ".pdf",
                List.of(path), "application/pdf", 1234, 2, body, true, "en", List.of("page 2 was blank"), NOW,
                metadata, List.of());
    }

    static CatalogEntry entry(String path, String documentId) {
        return new CatalogEntry(path, 1234, 1_700_000_000_000L, documentId, "", NOW);
    }

    static String sha(String seed) {
        return CatalogIndex.id(seed); // any 64-hex string will do as a document id
    }

    /** Search (not get), so a hit proves the document is searchable, not just stored. */
    static Optional<Map<String, Object>> searchable(ElasticsearchClient client, String alias, String id) {
        try {
            List<Hit<Map>> hits = client.search(s -> s.index(alias).query(q -> q.ids(i -> i.values(id))), Map.class)
                    .hits().hits();
            @SuppressWarnings("unchecked")
            Optional<Map<String, Object>> source = hits.stream().findFirst().map(h -> (Map<String, Object>) h.source());
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteIndices(ElasticsearchClient client, String prefix) {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        admin.delete(IndexDefinition.DOCUMENTS);
        admin.delete(IndexDefinition.FILES);
        admin.delete(IndexDefinition.AGREEMENTS);
        admin.delete(IndexDefinition.PASSAGES);
    }

    /** Remembers every outcome, by path, with the time it arrived. */
    static final class Recorder implements ArchiveSession.Listener {
        final Map<String, Instant> stored = new ConcurrentHashMap<>();
        final Map<String, String> rejected = new ConcurrentHashMap<>();

        @Override
        public void stored(CatalogEntry file) {
            stored.put(file.path(), Instant.now());
        }

        @Override
        public void rejected(CatalogEntry file, String reason) {
            rejected.put(file.path(), reason);
        }
    }
}
