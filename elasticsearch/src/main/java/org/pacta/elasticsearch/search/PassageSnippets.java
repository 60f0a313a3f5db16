package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.pacta.core.search.PassageHit;
import org.pacta.core.search.SearchTimedOutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best passages of one page of results, found in one request: the documents' passages that match
 * the words, grouped by document, the best three of each with a snippet. The highlighter reads
 * passages of a few KB, never a whole document.
 *
 * <p>A terms aggregation with top hits, not a collapse with inner hits: Elasticsearch runs each
 * collapsed hit's inner hits as a search of its own (20 per page), which made this request 5–8 times
 * slower at 3,000 documents.
 */
final class PassageSnippets {

    static final int PER_DOCUMENT = 3;
    private static final String BY_DOCUMENT = "by_document";
    private static final String BEST = "best";

    /** Each document's best passages, and whether its best one holds every word of the query. */
    record Best(Map<String, List<PassageHit>> passages, Set<String> allWordsInOnePassage) {

        static final Best NONE = new Best(Map.of(), Set.of());
    }

    private final TimedSearches searches;
    private final String alias;

    PassageSnippets(TimedSearches searches, String alias) {
        this.searches = searches;
        this.alias = alias;
    }

    Best of(List<String> documentIds, String query) {
        if (documentIds.isEmpty()) {
            return Best.NONE;
        }
        Query words = PassageQueries.words(query);
        try {
            SearchResponse<Void> response = searches.search(s -> s.index(alias)
                    .ignoreUnavailable(true) // an archive restored from a backup older than passages has none yet
                    .size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b -> b.filter(PassageQueries.ofDocuments(documentIds))
                            .must(words)))
                    .aggregations(BY_DOCUMENT, a -> a
                            .terms(t -> t.field("document_id").size(documentIds.size()))
                            .aggregations(BEST, best -> best.topHits(h -> h.size(PER_DOCUMENT)
                                    .source(src -> src.filter(f -> f.includes(PassageQueries.PLACE_FIELDS)))
                                    .highlight(PassageQueries.snippet(words))))), Void.class);
            Map<String, List<PassageHit>> passages = new HashMap<>();
            Set<String> allWords = new HashSet<>();
            for (StringTermsBucket document : response.aggregations().get(BY_DOCUMENT).sterms().buckets().array()) {
                List<Hit<JsonData>> best = document.aggregations().get(BEST).topHits().hits().hits();
                if (best.isEmpty()) {
                    continue;
                }
                String documentId = document.key().stringValue();
                passages.put(documentId, best.stream().map(h -> PassageQueries.hit(h.source().to(Map.class), h.highlight()))
                        .toList());
                if (best.get(0).matchedQueries().contains(PassageQueries.ALL_WORDS)) {
                    allWords.add(documentId);
                }
            }
            return new Best(passages, allWords);
        } catch (SearchTimedOutException e) {
            return Best.NONE; // the hits stand without their snippets
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the best passages failed: " + e.getMessage(), e);
        }
    }
}
