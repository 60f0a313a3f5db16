package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.PassageHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One document's passages in text order: those that match some words, or all of them as a table of contents. */
public final class ElasticsearchDocumentPassages implements DocumentPassages {

    private static final int PAGE_SIZE = 500;

    private final TimedSearches searches;
    private final String alias;

    public ElasticsearchDocumentPassages(TimedSearches searches, String alias) {
        this.searches = searches;
        this.alias = alias;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PassageHit> of(String documentId, String query) {
        boolean withWords = query != null && !query.isBlank();
        Query ofDocument = PassageQueries.ofDocuments(List.of(documentId));
        // Every word in the passage: the passages a reader looks at are those that hold the query.
        Query words = withWords ? ElasticsearchDocumentSearch.words(query, PassageQueries.SEARCHED_FIELDS) : null;
        Query matching = withWords ? Query.of(q -> q.bool(b -> b.filter(ofDocument).must(words))) : ofDocument;
        List<PassageHit> passages = new ArrayList<>();
        List<FieldValue> after = null;
        try {
            while (passages.size() < MAX_PASSAGES) {
                List<FieldValue> from = after;
                int size = Math.min(PAGE_SIZE, MAX_PASSAGES - passages.size());
                List<Hit<Map>> hits = searches.search(s -> {
                    s.index(alias).ignoreUnavailable(true).size(size).trackTotalHits(t -> t.enabled(false))
                            .query(matching)
                            .source(src -> src.filter(f -> f.includes(PassageQueries.PLACE_FIELDS)))
                            .sort(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc)));
                    if (withWords) {
                        s.highlight(PassageQueries.snippet(words));
                    }
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class).hits().hits();
                hits.forEach(hit -> passages.add(PassageQueries.hit(hit.source(), hit.highlight())));
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the passages of " + documentId + " failed: " + e.getMessage(), e);
        }
        return passages;
    }
}
