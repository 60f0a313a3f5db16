package org.pacta.elasticsearch.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.pacta.elasticsearch.ElasticsearchConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a test checks in the indices behind Pacta's back, as Elasticsearch's REST API says it: counts,
 * stored sources, indices and aliases. Queries are the Query DSL's JSON, built with {@link #term} and
 * friends, so that tests outside this module need no Elasticsearch client types.
 */
public final class IndexProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored document: its id, the index that holds it, and its source. */
    public record Hit(String id, String index, Map<String, Object> source) {
    }

    private final RestClient rest;

    public IndexProbe(ElasticsearchConnection connection) {
        this.rest = connection.restClient();
    }

    /** On the shared test cluster. */
    public static IndexProbe shared() {
        return new IndexProbe(TestElasticsearch.shared().connection());
    }

    public static String matchAll() {
        return json(Map.of("match_all", Map.of()));
    }

    public static String term(String field, Object value) {
        return json(Map.of("term", Map.of(field, value)));
    }

    public static String phrase(String field, String text) {
        return json(Map.of("match_phrase", Map.of(field, text)));
    }

    public static String prefix(String field, String value) {
        return json(Map.of("prefix", Map.of(field, value)));
    }

    public static String ids(Collection<String> ids) {
        return json(Map.of("ids", Map.of("values", List.copyOf(ids))));
    }

    public static String missing(String field) {
        return "{\"bool\":{\"must_not\":{\"exists\":{\"field\":" + json(field) + "}}}}";
    }

    /** Every query must match. */
    public static String all(String... queries) {
        return "{\"bool\":{\"filter\":[" + String.join(",", queries) + "]}}";
    }

    public void refresh(String index) {
        send("POST", "/" + index + "/_refresh", null);
    }

    public long count(String index) {
        return count(index, matchAll());
    }

    public long count(String index, String query) {
        return ((Number) send("POST", "/" + index + "/_count", "{\"query\":" + query + "}").get("count")).longValue();
    }

    /** The first {@code size} documents the query matches, in the index's order. */
    @SuppressWarnings("unchecked")
    public List<Hit> search(String index, String query, int size) {
        Map<String, Object> response = send("POST", "/" + index + "/_search",
                "{\"size\":" + size + ",\"query\":" + query + "}");
        List<Hit> hits = new ArrayList<>();
        for (Object hit : (List<Object>) ((Map<String, Object>) response.get("hits")).get("hits")) {
            Map<String, Object> h = (Map<String, Object>) hit;
            hits.add(new Hit((String) h.get("_id"), (String) h.get("_index"), (Map<String, Object>) h.get("_source")));
        }
        return hits;
    }

    public List<Map<String, Object>> sources(String index, String query, int size) {
        return search(index, query, size).stream().map(Hit::source).toList();
    }

    /** Whether an index or an alias of that name exists. */
    public boolean exists(String indexOrAlias) {
        try {
            return rest.performRequest(new Request("HEAD", "/" + indexOrAlias)).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concrete indices matching a name, an alias or a wildcard pattern; none when nothing matches. */
    public List<String> indices(String pattern) {
        return List.copyOf(send("GET", "/" + pattern + "?ignore_unavailable=true&allow_no_indices=true", null).keySet());
    }

    public void delete(Collection<String> indices) {
        if (!indices.isEmpty()) {
            send("DELETE", "/" + String.join(",", indices), null);
        }
    }

    /** Index operations the primaries have counted (0 before the index or its primary exists). */
    @SuppressWarnings("unchecked")
    public long indexedOperations(String index) {
        if (!exists(index)) {
            return 0;
        }
        Map<String, Object> all = (Map<String, Object>) send("GET", "/" + index + "/_stats/indexing", null).get("_all");
        Map<String, Object> primaries = all == null ? null : (Map<String, Object>) all.get("primaries");
        Map<String, Object> indexing = primaries == null ? null : (Map<String, Object>) primaries.get("indexing");
        return indexing == null ? 0 : ((Number) indexing.get("index_total")).longValue(); // no primary started yet
    }

    /** The searches Elasticsearch runs whose description names {@code index} (an index, alias or prefix). */
    @SuppressWarnings("unchecked")
    public List<String> runningSearches(String index) {
        Map<String, Object> tasks = send("GET", "/_tasks?actions=*search*&detailed=true", null);
        return ((Map<String, Object>) tasks.getOrDefault("nodes", Map.of())).values().stream()
                .flatMap(node -> ((Map<String, Object>) ((Map<String, Object>) node).get("tasks")).values().stream())
                .map(task -> String.valueOf(((Map<String, Object>) task).get("description")))
                .filter(description -> description.contains(index))
                .toList();
    }

    /**
     * Waits up to 5 s for the searches of {@code index} to end (a cancelled task takes a moment to stop);
     * fails naming those still running.
     */
    public void awaitNoSearches(String index) {
        List<String> running = runningSearches(index);
        for (int attempt = 0; attempt < 50 && !running.isEmpty(); attempt++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            running = runningSearches(index);
        }
        if (!running.isEmpty()) {
            throw new AssertionError("Searches still running 5 s after their requests ended: " + running);
        }
    }

    /** A {@code _cat} table as rows, e.g. {@code cat("shards/pacta-documents")}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> cat(String what) {
        return read(perform(new Request("GET", "/_cat/" + what + "?format=json"), "_cat/" + what), List.class);
    }

    /** Any REST call, its JSON answer as maps and lists. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> send(String method, String path, String body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body);
        }
        return read(perform(request, method + " " + path), Map.class);
    }

    private String perform(Request request, String what) {
        try {
            return EntityUtils.toString(rest.performRequest(request).getEntity());
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e.getMessage(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
