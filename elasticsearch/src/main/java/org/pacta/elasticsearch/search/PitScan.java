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
 * Reads every match of a query, page by page, through a point in time: one consistent snapshot
 * however long the reading takes, in index order (no scoring, no deep-paging limit).
 */
public final class PitScan {

    private static final int PAGE = 1000;

    private PitScan() {
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
