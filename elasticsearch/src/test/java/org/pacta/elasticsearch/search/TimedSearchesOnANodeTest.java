package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.search.SearchTimedOutException;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A slow search on a real node, made slow as issue #17's were: two hundred {@code a*} terms (below
 * {@code QueryLimits}, which would refuse them) over long texts of distinct words, highlighted. Still
 * running at the client's deadline, it is aborted and Elasticsearch cancels its task. (Elasticsearch's own
 * timeout, and so {@code partial}, is not tested here: on a small index it fires too unpredictably.)
 */
class TimedSearchesOnANodeTest {

    private static final String HOSTILE = String.join("+", java.util.Collections.nCopies(200, "a*"));

    private static ElasticsearchClient client;
    private static String index;

    @BeforeAll
    static void slowDocuments() throws IOException {
        client = TestElasticsearch.shared().connection().client();
        index = TestElasticsearch.uniquePrefix("timed-searches");
        List<BulkOperation> operations = new ArrayList<>();
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 250_000) {
                body.append('a');
                random.ints(2 + random.nextInt(6), 'a', 'z' + 1).forEach(c -> body.append((char) c));
                body.append(' ');
            }
            int n = i;
            operations.add(BulkOperation.of(b -> b.index(x -> x.index(index).id(Integer.toString(n))
                    .document(Map.of("body", body.toString())))));
        }
        client.bulk(b -> b.operations(operations).refresh(Refresh.True));
    }

    @AfterAll
    static void drop() throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    @Test
    void aSearchPastTheDeadlineIsAbortedAndItsTaskCancelled() {
        // highlighting, in the fetch phase, is not stopped by Elasticsearch's timeout
        // 10 ms + 50 ms margin: far below what highlighting 40 such texts takes even on a fast machine (a
        // 600 ms deadline was once met on CI's, and the test failed for want of a slow search)
        TimedSearches searches = new TimedSearches(client, Duration.ofMillis(400)).inParts(40);
        long start = System.nanoTime();
        assertThrows(SearchTimedOutException.class, () -> searches.search(s -> s.index(index).size(40).query(hostile())
                .highlight(h -> h.fields("body", f -> f.numberOfFragments(3))), Map.class));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_500, "aborted after " + ms + " ms");
        IndexProbe.shared().awaitNoSearches(index);
    }

    private static co.elastic.clients.elasticsearch._types.query_dsl.Query hostile() {
        return ElasticsearchDocumentSearch.words(HOSTILE, "body");
    }
}
