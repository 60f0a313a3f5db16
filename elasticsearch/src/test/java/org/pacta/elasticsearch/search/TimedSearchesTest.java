package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.Test;
import org.pacta.core.search.SearchTimedOutException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimedSearchesTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    @Test
    void elasticsearchIsGivenTheTimeout() throws IOException {
        AtomicReference<SearchRequest> sent = new AtomicReference<>();
        SearchResponse<Map> answer = response(false, 0);
        TimedSearches searches = new TimedSearches(sender(request -> {
            sent.set(request);
            return CompletableFuture.completedFuture(answer);
        }), TIMEOUT);
        assertSame(answer, searches.search(s -> s.index("docs"), Map.class));
        assertEquals("200ms", sent.get().timeout());
        assertEquals(List.of("docs"), sent.get().index());
    }

    @Test
    void pastTheDeadlineTheRequestIsAbortedAndTheSearchTimesOut() {
        CompletableFuture<SearchResponse<Map>> never = new CompletableFuture<>();
        TimedSearches searches = new TimedSearches(sender(request -> never), TIMEOUT);
        long start = System.nanoTime();
        assertThrows(SearchTimedOutException.class, () -> searches.search(s -> s.index("docs"), Map.class));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(never.isCancelled(), "the HTTP request is aborted, so Elasticsearch cancels the task");
        long deadline = TIMEOUT.plus(TimedSearches.MARGIN).toMillis();
        assertTrue(waitedMs >= deadline && waitedMs < deadline + 1_000, "waited " + waitedMs + " ms");
    }

    @Test
    void searchesInPartsShareTheTimeoutAndTheMarginOfOne() {
        AtomicReference<SearchRequest> sent = new AtomicReference<>();
        CompletableFuture<SearchResponse<Map>> never = new CompletableFuture<>();
        TimedSearches halves = new TimedSearches(sender(request -> {
            sent.set(request);
            return never;
        }), TIMEOUT).inParts(2);
        long start = System.nanoTime();
        SearchTimedOutException timedOut = assertThrows(SearchTimedOutException.class,
                () -> halves.search(s -> s.index("docs"), Map.class));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("100ms", sent.get().timeout());
        long deadline = TIMEOUT.plus(TimedSearches.MARGIN).dividedBy(2).toMillis();
        assertTrue(waitedMs >= deadline && waitedMs < deadline + 500, "waited " + waitedMs + " ms");
        assertTrue(timedOut.getMessage().contains("longer than 0.2 s"), "names the configured timeout: " + timedOut.getMessage());
    }

    @Test
    void failuresComeOutAsTheSynchronousClientThrowsThem() {
        RuntimeException refused = new IllegalStateException("refused");
        TimedSearches failing = new TimedSearches(sender(request -> CompletableFuture.failedFuture(refused)), TIMEOUT);
        assertSame(refused, assertThrows(IllegalStateException.class, () -> failing.search(s -> s, Map.class)));
        IOException unreachable = new IOException("connection refused");
        TimedSearches down = new TimedSearches(sender(request -> CompletableFuture.failedFuture(unreachable)), TIMEOUT);
        assertSame(unreachable, assertThrows(IOException.class, () -> down.search(s -> s, Map.class)));
    }

    @Test
    void partialWhenTimedOutOrAShardFailed() {
        assertFalse(TimedSearches.partial(response(false, 0)));
        assertTrue(TimedSearches.partial(response(true, 0)));
        assertTrue(TimedSearches.partial(response(false, 1)));
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimedSearches(sender(request -> new CompletableFuture<>()), Duration.ZERO));
    }

    private static SearchResponse<Map> response(boolean timedOut, int failedShards) {
        return SearchResponse.of(r -> r.took(1).timedOut(timedOut)
                .shards(s -> s.total(2).successful(2 - failedShards).failed(failedShards))
                .hits(h -> h.hits(List.of())));
    }

    /** A sender whose every answer, whatever the type asked, is the function's. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TimedSearches.Sender sender(java.util.function.Function<SearchRequest, CompletableFuture<SearchResponse<Map>>> answer) {
        return new TimedSearches.Sender() {
            @Override
            public <T> CompletableFuture<SearchResponse<T>> send(SearchRequest request, Class<T> type) {
                return (CompletableFuture) answer.apply(request);
            }
        };
    }
}
