package org.pacta.elasticsearch.search;

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
 * the words, collapsed by document, the best three of each with a snippet. The highlighter reads
 * passages of a few KB, never a whole document.
 */
final class PassageSnippets {

    static final int PER_DOCUMENT = 3;

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
        try {
            SearchResponse<Map> response = searches.search(s -> s.index(alias)
                    .ignoreUnavailable(true) // an archive restored from a backup older than passages has none yet
                    .size(documentIds.size())
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes("document_id")))
                    .query(q -> q.bool(b -> b.filter(PassageQueries.ofDocuments(documentIds))
                            .must(PassageQueries.words(query))))
                    .collapse(c -> c.field("document_id").innerHits(i -> i.name("best").size(PER_DOCUMENT)
                            .source(src -> src.filter(f -> f.includes(PassageQueries.PLACE_FIELDS)))
                            .highlight(PassageQueries.snippet()))), Map.class);
            Map<String, List<PassageHit>> passages = new HashMap<>();
            Set<String> allWords = new HashSet<>();
            for (Hit<Map> collapsed : response.hits().hits()) {
                var inner = collapsed.innerHits().get("best");
                if (inner == null || inner.hits().hits().isEmpty() || collapsed.source() == null) {
                    continue;
                }
                List<Hit<JsonData>> best = inner.hits().hits();
                String documentId = String.valueOf(collapsed.source().get("document_id"));
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
