package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.search.SearchResult;

/**
 * The facets of a search, each counted under all the other active filters so that a selected value
 * still shows its siblings. Facet name → keyword field; {@code years} is a histogram of
 * {@code signed_year}. Documents and agreements share the field names.
 */
final class Facets {

    static final Map<String, String> DOCUMENTS = fields(true);
    static final Map<String, String> AGREEMENTS = fields(false);
    /** Values per facet: every value in a real archive (129 parties, 52 places in the corpus), so "Show all" is all. */
    static final int SIZE = 500;
    /**
     * The facets whose keys are folded by the index (brussels): their label is the commonest spelling
     * in the bucket's documents ("Brussels"), from an unfolded keyword sub-field. Not a top hit's
     * source: that reads a whole document's source (its text) per bucket, 40 of a search's 54 ms.
     */
    private static final Map<String, String> LABELLED = Map.of("place", "signed_place.label");

    private Facets() {
    }

    static void request(Builder s, Map<String, String> facets, Map<String, Query> filters) {
        for (String facet : facets.keySet()) {
            Aggregation values = facet.equals("years")
                    ? Aggregation.of(a -> a.histogram(h -> h.field("signed_year").interval(1.0).minDocCount(1)))
                    : LABELLED.containsKey(facet)
                    ? Aggregation.of(a -> a.terms(t -> t.field(facets.get(facet)).size(SIZE))
                            .aggregations("label", l -> l.terms(t -> t.field(LABELLED.get(facet)).size(1))))
                    : Aggregation.of(a -> a.terms(t -> t.field(facets.get(facet)).size(SIZE)));
            Query others = SearchFilters.allExcept(filters, facet);
            if (others.isMatchAll()) {
                s.aggregations(facet, values); // a filter wrapping match_all costs a fifth more at 100,000 documents
            } else {
                s.aggregations(facet, a -> a.filter(others).aggregations("values", values));
            }
        }
    }

    static Map<String, List<SearchResult.Bucket>> read(SearchResponse<?> response, Map<String, String> facets) {
        Map<String, List<SearchResult.Bucket>> out = new LinkedHashMap<>();
        for (String facet : facets.keySet()) {
            Aggregate counted = response.aggregations().get(facet);
            Aggregate values = counted.isFilter() ? counted.filter().aggregations().get("values") : counted;
            out.put(facet, buckets(values, LABELLED.get(facet)));
        }
        return out;
    }

    private static List<SearchResult.Bucket> buckets(Aggregate aggregate, String labelField) {
        if (aggregate.isHistogram()) {
            return aggregate.histogram().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(Long.toString((long) b.key()), b.docCount())).toList();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount(),
                        labelField == null ? null : label(b.aggregations().get("label"))))
                .toList();
    }

    /** "Brussels" for the key brussels; none for documents indexed before the label existed (until a reindex). */
    private static String label(Aggregate spellings) {
        if (spellings == null || !spellings.isSterms() || spellings.sterms().buckets().array().isEmpty()) {
            return null;
        }
        String name = spellings.sterms().buckets().array().get(0).key().stringValue();
        return name.isBlank() ? null : name;
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
