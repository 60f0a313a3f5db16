package org.pacta.service;

import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.springframework.util.unit.DataSize;

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
    final IndexProbe probe = IndexProbe.shared();

    TestArchive(String name) {
        home = TestDirs.fresh("archives", name);
        prefix = TestElasticsearch.uniquePrefix(name);
        properties = new PactaProperties(home, List.of(),
                new PactaProperties.Elasticsearch(null, null, null, null, null, prefix, null),
                new PactaProperties.Ingest(2, true, "eng", "auto", Duration.ofSeconds(180), DataSize.ofMegabytes(512), 20_000_000,
                        List.of(), PactaProperties.Ingest.Isolation.THREAD, Duration.ofSeconds(30)),
                new PactaProperties.Search(Duration.ofSeconds(5)));
    }

    IngestComponents components() {
        return IngestComponents.create(properties, new ElasticsearchAdapters(TestElasticsearch.shared().connection(), prefix), null);
    }

    /** @param query the Query DSL's JSON, e.g. from {@link IndexProbe#term} */
    long count(String query) {
        return probe.count(prefix + "-documents", query);
    }

    long countPhrase(String fileName, String phrase) {
        return count(IndexProbe.all(IndexProbe.term("file_name", fileName), IndexProbe.phrase("body", phrase)));
    }

    Map<String, Object> document(String fileName) {
        return only("file_name", fileName);
    }

    /** The document one of whose source paths is {@code path}. */
    Map<String, Object> documentAt(Path path) {
        return only("source_paths", path.toString());
    }

    private Map<String, Object> only(String field, String value) {
        List<Map<String, Object>> hits = probe.sources(prefix + "-documents", IndexProbe.term(field, value), 10);
        if (hits.size() != 1) {
            throw new AssertionError(hits.size() + " documents with " + field + " = " + value);
        }
        return hits.get(0);
    }

    static Path shared(String relative) {
        return Path.of(System.getProperty("pacta.test.shared")).resolve(relative).normalize();
    }
}
