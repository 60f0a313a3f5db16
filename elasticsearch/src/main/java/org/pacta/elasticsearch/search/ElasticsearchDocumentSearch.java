package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;

/**
 * Searches the documents: simple query syntax over titles, texts, party names and places, filters
 * as a post-filter, and each facet counted under all the other active filters so that a selected
 * value still shows its siblings. Snippets come from each hit's best passages ({@link PassageSnippets}):
 * no highlighter reads a whole document's text.
 */
public final class ElasticsearchDocumentSearch implements DocumentSearch {

    private static final String[] SEARCHED_FIELDS = {"title^3", "title.exact^3", "body", "body.exact",
            "party_names^2", "signed_place.text^2", "file_name.text"};

    /** Characters of a text that highlighting reads: a longer text is highlighted in its first part only. */
    static final int HIGHLIGHTED_CHARACTERS = 1_000_000;

    private final TimedSearches alone;
    private final TimedSearches halves;
    private final String alias;
    private final PassageSnippets passages;

    /**
     * @param passagesAlias the passages of the documents behind {@code alias}; a search with words reads
     *                      them after the documents, so each of the two gets half the time
     */
    public ElasticsearchDocumentSearch(TimedSearches searches, String alias, String passagesAlias) {
        this.alone = searches;
        this.halves = searches.inParts(2);
        this.alias = alias;
        this.passages = new PassageSnippets(halves, passagesAlias);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Map<String, Query> filters = SearchFilters.of(request);
        TimedSearches searches = request.hasQuery() ? halves : alone; // without words, no passages are read
        try {
            SearchResponse<Map> response = searches.search(s -> {
                s.index(alias)
                        .trackTotalHits(t -> t.enabled(true))
                        .size(request.size())
                        .query(mainQuery(request))
                        .source(src -> src.filter(f -> f.excludes("body", "evidence", "events", "mentions")))
                        .sort(sortOf(request.sort(), "content_sha256"));
                if (!filters.isEmpty()) {
                    s.postFilter(SearchFilters.all(filters.values()));
                }
                if (request.hasQuery()) {
                    s.highlight(highlight());
                }
                if (request.searchAfter() == null) {
                    s.from(request.page() * request.size());
                } else {
                    s.searchAfter(Cursor.decode(request.searchAfter(), request.sort()));
                }
                Facets.request(s, Facets.DOCUMENTS, filters);
                return s;
            }, Map.class);
            return toResult(response, request, passages);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
        }
    }

    /** The query that scores: the user's words, or everything. Malformed syntax degrades, never errors. */
    static Query mainQuery(SearchRequest request) {
        if (!request.hasQuery()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return words(request.query(), SEARCHED_FIELDS);
    }

    /** The user's words over some fields, with the operators of the simple query syntax; all words by default. */
    static Query words(String query, String... fields) {
        return words(query, Operator.And, fields);
    }

    /** @param between what words without an operator between them mean: all of them, or any */
    static Query words(String query, Operator between, String... fields) {
        return Query.of(q -> q.simpleQueryString(sq -> sq
                .query(QuerySyntax.normalize(query))
                .fields(List.of(fields))
                .defaultOperator(between)
                // A quoted phrase is matched on the unstemmed field alone: what the user quoted, and half
                // the positions read (the phrase was matched on both fields, most of a search's time).
                .quoteFieldSuffix(".exact")
                .lenient(true)
                // No fuzzy or slop operators: they can turn one query into a scan of the whole text.
                .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                        SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape)));
    }

    /** The title is escaped by Elasticsearch before the {@code <mark>} tags go in: a title cannot inject HTML. */
    private static Highlight highlight() {
        return Highlight.of(h -> h
                .encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .requireFieldMatch(false)
                .maxAnalyzedOffset(HIGHLIGHTED_CHARACTERS)
                .fields("title", f -> f.numberOfFragments(0)));
    }

    /** @param uniqueField a keyword field that makes the order total, so that cursors never skip or repeat */
    static List<SortOptions> sortOf(SearchRequest.Sort sort, String uniqueField) {
        SortOptions tieBreaker = SortOptions.of(o -> o.field(f -> f.field(uniqueField).order(SortOrder.Asc)));
        SortOptions score = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        return switch (sort) {
            case RELEVANCE -> List.of(score, tieBreaker);
            case SIGNED_DESC -> List.of(signed(SortOrder.Desc), score, tieBreaker);
            case SIGNED_ASC -> List.of(signed(SortOrder.Asc), score, tieBreaker);
        };
    }

    private static SortOptions signed(SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field("signed_date").order(order).missing("_last")));
    }

    private static SearchResult toResult(SearchResponse<Map> response, SearchRequest request, PassageSnippets snippets) {
        List<String> ids = response.hits().hits().stream().map(hit -> hit.id()).toList();
        PassageSnippets.Best best = request.hasQuery() ? snippets.of(ids, request.query()) : PassageSnippets.Best.NONE;
        List<SearchResult.Hit> hits = new ArrayList<>();
        List<FieldValue> lastSort = List.of();
        for (var hit : response.hits().hits()) {
            hits.add(Hits.of(hit.id(), hit.source(), hit.highlight(), best.passages().getOrDefault(hit.id(), List.of())));
            lastSort = hit.sort();
        }
        if (request.sort() == SearchRequest.Sort.RELEVANCE) {
            hits = WordsTogether.first(hits, best.allWordsInOnePassage());
        }
        Map<String, List<SearchResult.Bucket>> facets = Facets.read(response, Facets.DOCUMENTS);
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = hits.size() == request.size() && !lastSort.isEmpty() ? Cursor.encode(lastSort) : null;
        return new SearchResult(total, response.took(), hits, facets, next, TimedSearches.partial(response));
    }
}
