package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.search.SearchRequest;

/** The active filters of a request, one per facet, so that each facet can be counted without its own. */
final class SearchFilters {

    private SearchFilters() {
    }

    /** The filters of a search over documents. */
    static Map<String, Query> of(SearchRequest request) {
        return of(request, "content_sha256");
    }

    /** @param documentIdField the field that holds the id of a hit's document(s) */
    static Map<String, Query> of(SearchRequest request, String documentIdField) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!request.parties().isEmpty()) {
            filters.put("parties", request.allParties()
                    ? Query.of(q -> q.bool(b -> {
                        request.parties().forEach(party -> b.filter(f -> f.term(t -> t.field("parties").value(party))));
                        return b;
                    }))
                    : terms("parties", request.parties()));
        }
        if (request.yearFrom() != null || request.yearTo() != null) {
            filters.put("years", Query.of(q -> q.range(r -> r.number(n -> {
                n.field("signed_year");
                if (request.yearFrom() != null) {
                    n.gte(request.yearFrom().doubleValue());
                }
                if (request.yearTo() != null) {
                    n.lte(request.yearTo().doubleValue());
                }
                return n;
            }))));
        }
        putTerms(filters, "status", "status", request.statuses());
        putTerms(filters, "type", "type", request.types());
        putTerms(filters, "place", "signed_place", request.places());
        putTerms(filters, "language", "language", request.languages());
        if (request.documentIds() != null) {
            filters.put("documents", terms(documentIdField, request.documentIds()));
        }
        return filters;
    }

    static Query all(Collection<Query> filters) {
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
    }

    static Query allExcept(Map<String, Query> filters, String facet) {
        Map<String, Query> others = new LinkedHashMap<>(filters);
        others.remove(facet);
        return all(others.values());
    }

    private static void putTerms(Map<String, Query> filters, String facet, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(facet, terms(field, values));
        }
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
