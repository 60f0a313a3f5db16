package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SourceFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;

/** Reads archived documents back: one by id, every match of a search for export, and party counts. */
public final class ElasticsearchDocumentReader implements DocumentReader {

    private final ElasticsearchClient client;
    private final String alias;

    public ElasticsearchDocumentReader(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The whole indexed document, text included. */
    @Override
    public Optional<Map<String, Object>> get(String id) {
        return StoredSources.byId(client, alias, id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata(String id) {
        try {
            var response = client.get(g -> g.index(alias).id(id).sourceExcludes("body"), Map.class);
            return response.found() ? response.source() : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every document matching the request's words and filters, without its text, in a stable order,
     * through a point in time so a long export sees one consistent snapshot.
     */
    @SuppressWarnings("unchecked")
    @Override
    public void export(SearchRequest request, Consumer<Map<String, Object>> each) {
        Query query = Query.of(q -> q.bool(b -> b.must(ElasticsearchDocumentSearch.mainQuery(request))
                .filter(SearchFilters.all(SearchFilters.of(request).values()))));
        try {
            StoredSources.scan(client, alias, query, SourceFilter.of(f -> f.excludes("body", "evidence", "events", "mentions")),
                    hit -> each.accept((Map<String, Object>) hit.source()));
        } catch (IOException e) {
            throw new UncheckedIOException("Export failed: " + e.getMessage(), e);
        }
    }

    /** How many documents each party code has, most first. */
    @Override
    public List<SearchResult.Bucket> partyCounts() {
        try {
            var response = client.search(s -> s.index(alias).size(0)
                    .aggregations("parties", a -> a.terms(t -> t.field("parties").size(1000))), Map.class);
            return response.aggregations().get("parties").sterms().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
