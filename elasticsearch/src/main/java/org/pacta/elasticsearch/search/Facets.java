package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search, each counted under all the other active filters so that a selected value
 * still shows its siblings. Facet name → keyword field; {@code years} is a histogram of
 * {@code signed_year}. Documents and agreements share the field names.
 */
final class Facets {

    static final Map<String, String> DOCUMENTS = fields(true);
    static final Map<String, String> AGREEMENTS = fields(false);
    private static final int SIZE = 50;

    private Facets() {
    }

    static void request(Builder s, Map<String, String> facets, Map<String, Query> filters) {
        for (String facet : facets.keySet()) {
            Aggregation values = facet.equals("years")
                    ? Aggregation.of(a -> a.histogram(h -> h.field("signed_year").interval(1.0).minDocCount(1)))
                    : Aggregation.of(a -> a.terms(t -> t.field(facets.get(facet)).size(SIZE)));
            Query others = SearchFilters.allExcept(filters, facet);
            s.aggregations(facet, a -> a.filter(others).aggregations("values", values));
        }
    }

    static Map<String, List<SearchResult.Bucket>> read(SearchResponse<?> response, Map<String, String> facets) {
        Map<String, List<SearchResult.Bucket>> out = new LinkedHashMap<>();
        for (String facet : facets.keySet()) {
            out.put(facet, buckets(response.aggregations().get(facet).filter().aggregations().get("values")));
        }
        return out;
    }

    private static List<SearchResult.Bucket> buckets(Aggregate aggregate) {
        if (aggregate.isHistogram()) {
            return aggregate.histogram().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(Long.toString((long) b.key()), b.docCount())).toList();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    private static Map<String, String> fields(boolean withLanguage) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("parties", "parties");
        fields.put("years", "signed_year");
        fields.put("status", "status");
        fields.put("type", "type");
        fields.put("place", "signed_place");
        if (withLanguage) {
            fields.put("language", "language");
        }
        return java.util.Collections.unmodifiableMap(fields);
    }
}
