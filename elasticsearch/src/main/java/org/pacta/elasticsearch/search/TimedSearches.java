package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.pacta.core.search.SearchTimedOutException;

/**
 * Searches bounded in time twice: Elasticsearch is given the {@code timeout} (it answers with what it
 * found so far, flagged {@code timed_out}), and the client waits that long plus a {@link #MARGIN}, then
 * aborts the HTTP request, which makes Elasticsearch cancel the search task (it does not check its timeout
 * everywhere, e.g. not while highlighting).
 */
public final class TimedSearches {

    /** What application.yml sets ({@code PACTA_SEARCH_TIMEOUT}); for adapters built by hand (tools, tests). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Time for Elasticsearch to gather and send what it found when its timeout passed. */
    static final Duration MARGIN = Duration.ofSeconds(2);

    /** Sends a search; the future's {@code cancel} aborts the request. */
    interface Sender {
        <T> CompletableFuture<SearchResponse<T>> send(SearchRequest request, Class<T> type) throws IOException;
    }

    private final Sender sender;
    private final Duration timeout;
    private final Duration margin;
    /** The timeout of the whole request, which its message names. */
    private final Duration configured;

    private TimedSearches(Sender sender, Duration timeout, Duration margin, Duration configured) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The search timeout must be positive: " + timeout);
        }
        this.sender = sender;
        this.timeout = timeout;
        this.margin = margin;
        this.configured = configured;
    }

    TimedSearches(Sender sender, Duration timeout) {
        this(sender, timeout, MARGIN, timeout);
    }

    public TimedSearches(ElasticsearchClient client, Duration timeout) {
        this(asyncOf(client), timeout);
    }

    /**
     * For a request that makes {@code parts} searches one after the other: each gets that share of the
     * timeout and the margin, so that the request as a whole ends in time.
     */
    TimedSearches inParts(int parts) {
        return new TimedSearches(sender, timeout.dividedBy(parts), margin.dividedBy(parts), configured);
    }

    /**
     * The search the builder describes, with the timeout, as the synchronous client would answer it (an
     * {@code ElasticsearchException}, or an {@code IOException} when the cluster cannot be reached); a
     * {@link SearchTimedOutException} when the deadline passes first.
     */
    <T> SearchResponse<T> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> search, Class<T> type)
            throws IOException {
        SearchRequest request = search.apply(new SearchRequest.Builder().timeout(timeout.toMillis() + "ms")).build();
        CompletableFuture<SearchResponse<T>> response = sender.send(request, type);
        try {
            return response.get(timeout.plus(margin).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new SearchTimedOutException(configured);
        } catch (InterruptedException e) {
            response.cancel(true); // whoever waited went away: so does the search
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    /** Whether the answer may be missing hits: Elasticsearch ran out of time, or some shards failed. */
    static boolean partial(SearchResponse<?> response) {
        return response.timedOut() || response.shards().failed().intValue() > 0;
    }

    private static Sender asyncOf(ElasticsearchClient client) {
        ElasticsearchAsyncClient async = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        return new Sender() {
            @Override
            public <T> CompletableFuture<SearchResponse<T>> send(SearchRequest request, Class<T> type) {
                return async.search(request, type);
            }
        };
    }
}
