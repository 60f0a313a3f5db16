package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads sources back: one by id, or every match of a query, page by page, through a point in time:
 * one consistent snapshot however long the reading takes, in index order (no scoring, no
 * deep-paging limit).
 */
public final class StoredSources {

    private static final int PAGE = 1000;

    private StoredSources() {
    }

    /** The stored source of one id, or empty. */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<Map<String, Object>> byId(ElasticsearchClient client, String alias, String id) {
        try {
            var response = client.get(g -> g.index(alias).id(id), Map.class);
            return response.found() ? java.util.Optional.of((Map<String, Object>) response.source()) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("rawtypes")
    public static void scan(ElasticsearchClient client, String alias, Query query, SourceFilter source,
                            Consumer<Hit<Map>> each) throws IOException {
        String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("2m"))).id();
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> page = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
                            .size(PAGE)
                            .query(query)
                            .source(src -> src.filter(source))
                            .sort(SortOptions.of(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                hits.forEach(each);
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }
}
