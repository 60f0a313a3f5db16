package org.pacta.archive;

import org.pacta.elasticsearch.testing.TestDirs;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An archive of a test's own: a fresh data dir and index prefix on the shared test cluster. */
public final class TestArchive {

    final Path home;
    final String prefix;
    final PactaProperties properties;
    final ElasticsearchClient client = TestElasticsearch.shared().connection().client();

    TestArchive(String name) {
        home = TestDirs.fresh("archives", name);
        prefix = TestElasticsearch.uniquePrefix(name);
        properties = new PactaProperties(home, List.of(),
                new PactaProperties.Elasticsearch(null, null, null, null, null, prefix, null),
                new PactaProperties.Ingest(2, true, "eng", "auto", Duration.ofSeconds(180), DataSize.ofMegabytes(512), 20_000_000,
                        List.of(), PactaProperties.Ingest.Isolation.THREAD));
    }

    IngestComponents components() {
        return IngestComponents.create(properties, client, null);
    }

    long count(Query query) {
        try {
            return client.count(c -> c.index(prefix + "-documents").query(query)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long countPhrase(String fileName, String phrase) {
        return count(Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("file_name").value(fileName)))
                .must(m -> m.matchPhrase(p -> p.field("body").query(phrase))))));
    }

    Map<String, Object> document(String fileName) {
        return only("file_name", fileName);
    }

    /** The document one of whose source paths is {@code path}. */
    Map<String, Object> documentAt(Path path) {
        return only("source_paths", path.toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> only(String field, String value) {
        try {
            var hits = client.search(s -> s.index(prefix + "-documents")
                    .query(q -> q.term(t -> t.field(field).value(value))), Map.class).hits().hits();
            if (hits.size() != 1) {
                throw new AssertionError(hits.size() + " documents with " + field + " = " + value);
            }
            return hits.get(0).source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path shared(String relative) {
        return Path.of(System.getProperty("pacta.test.shared")).resolve(relative).normalize();
    }
}
