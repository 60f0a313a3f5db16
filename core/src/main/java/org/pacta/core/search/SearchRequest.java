package org.pacta.core.search;

import java.util.List;

/**
 * A search over the documents: words, filters, order and page.
 *
 * @param query       simple query syntax (words, "phrases", -exclusions, OR, prefix*); blank = everything; within
 *                    {@link QueryLimits}
 * @param parties     party codes; all of them ({@code allParties}) or any of them must be parties
 * @param searchAfter the opaque {@code next} cursor of the previous page, for deep paging; null for the first
 * @param documentIds only these documents (agreements holding one of them), e.g. those that share text with a
 *                    document; null for any document, empty for none
 */
public record SearchRequest(String query, List<String> parties, boolean allParties, Integer yearFrom, Integer yearTo,
                            List<String> statuses, List<String> types, List<String> places, List<String> languages,
                            Sort sort, int page, int size, String searchAfter, List<String> documentIds) {

    public static final int MAX_SIZE = 100;
    /** How deep {@code page} and {@code size} reach: Elasticsearch's result window; deeper pages need the cursor. */
    public static final int MAX_WINDOW = 10_000;

    public enum Sort { RELEVANCE, SIGNED_DESC, SIGNED_ASC }

    public SearchRequest {
        parties = parties == null ? List.of() : List.copyOf(parties);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        types = types == null ? List.of() : List.copyOf(types);
        places = places == null ? List.of() : List.copyOf(places);
        languages = languages == null ? List.of() : List.copyOf(languages);
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (searchAfter == null && ((long) page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is past the first " + MAX_WINDOW
                    + " results: page on with search_after (the previous page's 'next')");
        }
        QueryLimits.check(query);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year_from is after year_to");
        }
    }

    /** A request over any document. */
    public SearchRequest(String query, List<String> parties, boolean allParties, Integer yearFrom, Integer yearTo,
                         List<String> statuses, List<String> types, List<String> places, List<String> languages,
                         Sort sort, int page, int size, String searchAfter) {
        this(query, parties, allParties, yearFrom, yearTo, statuses, types, places, languages, sort, page, size,
                searchAfter, null);
    }

    /** The same request over these documents only. */
    public SearchRequest withDocumentIds(List<String> ids) {
        return new SearchRequest(query, parties, allParties, yearFrom, yearTo, statuses, types, places, languages, sort,
                page, size, searchAfter, ids);
    }

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
