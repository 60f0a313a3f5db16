package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.SearchRequest;

/**
 * Searches the agreements with the documents' syntax, filters and facets. Words match an agreement's
 * titles, the sentences of its story and the names it cites, and also any agreement one of whose
 * documents matches them (the best {@value #DOCUMENT_MATCHES} documents): a word deep in a treaty's
 * text finds the treaty's agreement.
 */
public final class ElasticsearchAgreementSearch implements AgreementSearch {

    private static final int DOCUMENT_MATCHES = 200;
    private static final String[] SEARCHED_FIELDS = {"title^3", "title.exact^3", "titles^2", "titles.exact^2", "story",
            "story.exact", "signed_place.text^2"};
    /** The long parts of an agreement, left out of result lists. */
    private static final String[] NOT_IN_HITS = {"timeline", "sources", "related", "story", "fingerprint", "titles"};

    private final ElasticsearchClient client;
    private final TimedSearches searches;
    /** Words make two searches, the documents' then the agreements': they share the time of one. */
    private final TimedSearches searchesInTwo;
    private final String agreements;
    private final String documents;

    public ElasticsearchAgreementSearch(ElasticsearchClient client, TimedSearches searches, String agreementsAlias,
                                        String documentsAlias) {
        this.client = client;
        this.searches = searches;
        this.searchesInTwo = searches.inParts(2);
        this.agreements = agreementsAlias;
        this.documents = documentsAlias;
    }

    /** One page of agreements; each hit is the agreement without its long parts, plus {@code title_highlight}. */
    @Override
    public Result search(SearchRequest request) {
        Map<String, Query> filters = new LinkedHashMap<>(SearchFilters.of(request, "document_ids"));
        filters.remove("language");
        try {
            DocumentMatches matches = documentMatches(request);
            Query query = query(request, matches);
            SearchResponse<Map> response = (request.hasQuery() ? searchesInTwo : searches).search(s -> {
                s.index(agreements).trackTotalHits(t -> t.enabled(true)).size(request.size()).query(query)
                        .source(src -> src.filter(f -> f.excludes(List.of(NOT_IN_HITS))))
                        .sort(ElasticsearchDocumentSearch.sortOf(request.sort(), "id"));
                if (!filters.isEmpty()) {
                    s.postFilter(SearchFilters.all(filters.values()));
                }
                if (request.hasQuery()) {
                    s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("title", f -> f.numberOfFragments(0)));
                }
                if (request.searchAfter() == null) {
                    s.from(request.page() * request.size());
                } else {
                    s.searchAfter(Cursor.decode(request.searchAfter(), request.sort()));
                }
                Facets.request(s, Facets.AGREEMENTS, filters);
                return s;
            }, Map.class);
            List<Map<String, Object>> hits = new ArrayList<>();
            List<FieldValue> lastSort = List.of();
            for (var hit : response.hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = new LinkedHashMap<>((Map<String, Object>) hit.source());
                List<String> titles = hit.highlight().getOrDefault("title", List.of());
                source.put("title_highlight", titles.isEmpty() ? null : titles.get(0));
                hits.add(source);
                lastSort = hit.sort();
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            String next = hits.size() == request.size() && !lastSort.isEmpty() ? Cursor.encode(lastSort) : null;
            return new Result(total, response.took(), hits, Facets.read(response, Facets.AGREEMENTS), next,
                    matches.partial() || TimedSearches.partial(response));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
        }
    }

    /** The whole agreement: timeline, sources and related agreements included. */
    @Override
    public Optional<Map<String, Object>> get(String id) {
        return StoredSources.byId(client, agreements, id);
    }

    /** The agreement a document belongs to: its id and title. */
    @SuppressWarnings("unchecked")
    @Override
    public Optional<Map<String, Object>> ofDocument(String documentId) {
        try {
            var response = client.search(s -> s.index(agreements).size(1)
                    .query(q -> q.term(t -> t.field("document_ids").value(documentId)))
                    .source(src -> src.filter(f -> f.includes("id", "title", "status", "source_count"))), Map.class);
            return response.hits().hits().stream().findFirst().map(h -> (Map<String, Object>) h.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best documents the words find, and whether that search ran out of time. */
    private record DocumentMatches(List<FieldValue> ids, boolean partial) {
    }

    private DocumentMatches documentMatches(SearchRequest request) throws IOException {
        if (!request.hasQuery()) {
            return new DocumentMatches(List.of(), false);
        }
        SearchResponse<Map> response = searchesInTwo.search(s -> s.index(documents).size(DOCUMENT_MATCHES)
                .query(ElasticsearchDocumentSearch.mainQuery(request)).source(src -> src.fetch(false)), Map.class);
        return new DocumentMatches(response.hits().hits().stream().map(h -> FieldValue.of(h.id())).toList(),
                TimedSearches.partial(response));
    }

    private Query query(SearchRequest request, DocumentMatches matches) {
        if (!request.hasQuery()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query own = ElasticsearchDocumentSearch.words(request.query(), SEARCHED_FIELDS);
        List<FieldValue> matchingDocuments = matches.ids();
        return Query.of(q -> q.bool(b -> {
            b.should(own);
            if (!matchingDocuments.isEmpty()) {
                b.should(s -> s.terms(t -> t.field("document_ids").terms(v -> v.value(matchingDocuments))));
            }
            return b.minimumShouldMatch("1");
        }));
    }

}
