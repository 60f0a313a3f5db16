package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads archived documents back: one by id, every match of a search for export, and party counts. */
public final class DocumentReader {

    private static final int EXPORT_PAGE = 1000;

    private final ElasticsearchClient client;
    private final String alias;

    public DocumentReader(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The whole indexed document, text included. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> get(String id) {
        try {
            var response = client.get(g -> g.index(alias).id(id), Map.class);
            return response.found() ? Optional.of((Map<String, Object>) response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every document matching the request's words and filters, without its text, in a stable order,
     * through a point in time so a long export sees one consistent snapshot.
     */
    @SuppressWarnings("unchecked")
    public void export(SearchRequest request, Consumer<Map<String, Object>> each) {
        try {
            String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("2m"))).id();
            try {
                List<FieldValue> after = null;
                while (true) {
                    List<FieldValue> from = after;
                    SearchResponse<Map> page = client.search(s -> {
                        s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
                                .size(EXPORT_PAGE)
                                .query(q -> q.bool(b -> b.must(DocumentSearch.mainQuery(request))
                                        .filter(SearchFilters.all(SearchFilters.of(request).values()))))
                                .source(src -> src.filter(f -> f.excludes("body", "evidence")))
                                .sort(SortOptions.of(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    }, Map.class);
                    List<Hit<Map>> hits = page.hits().hits();
                    for (Hit<Map> hit : hits) {
                        each.accept((Map<String, Object>) hit.source());
                    }
                    if (hits.size() < EXPORT_PAGE) {
                        return;
                    }
                    after = hits.get(hits.size() - 1).sort();
                }
            } finally {
                client.closePointInTime(c -> c.id(pit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Export failed: " + e.getMessage(), e);
        }
    }

    /** How many documents each party code has, most first. */
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
