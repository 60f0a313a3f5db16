package org.pacta.web.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.service.IngestedCorpus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #17: hostile queries sent at once neither stall an ordinary search nor outlive their request.
 * Each ends within {@link #HOSTILE_LIMIT} as a 400 naming a limit or a 200 (flagged {@code partial} when
 * cut short), an ordinary query beside them answers within {@link #NORMAL_LIMIT}, and afterwards
 * Elasticsearch runs no search of this archive.
 */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundedSearchTest {

    private static final Duration NORMAL_LIMIT = Duration.ofSeconds(1);
    private static final Duration HOSTILE_LIMIT = Duration.ofSeconds(10);

    @Value("${local.server.port}")
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void onTheIngestedCorpus(DynamicPropertyRegistry registry) {
        IngestedCorpus.serveFrom(registry);
    }

    private static final String SHORT_PREFIXES = "agr* | con* | par* | sta* | pro* | art* | gov* | the*";

    /** The issue's queries, and the most a query within the limits can ask, by name: the path they are sent to. */
    private static Map<String, String> hostile() {
        return Map.of(
                "200 a* prefix terms", "/api/search?q=" + enc(repeat("a*", 200, "+")),
                "deep wildcards", "/api/search?q="
                        + enc(IntStream.range(0, 20).mapToObj(i -> "*a*b*c" + i + "*").collect(Collectors.joining(" "))),
                "100 fuzzy terms", "/api/search?q=" + enc(repeat("word~2", 100, " ")),
                "1,500 terms", "/api/search?q=" + enc(repeat("a*", 1_500, "+")),
                "8 short prefixes over every text", "/api/search?q=" + enc(SHORT_PREFIXES),
                "8 short prefixes over every agreement", "/api/agreements?q=" + enc(SHORT_PREFIXES),
                "64 common words, either", "/api/search?q=" + enc(String.join(" | ", Collections.nCopies(8,
                        "the of and to in agreement party article"))));
    }

    @Test
    void hostileQueriesEndInTimeAndLeaveOrdinarySearchesFast() throws Exception {
        assertEquals(200, search("Istanbul").statusCode(), "warm-up");
        ExecutorService threads = Executors.newFixedThreadPool(hostile().size() + 1);
        AtomicBoolean hostileRunning = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> normalMs = new ConcurrentLinkedQueue<>();
        try {
            Future<?> normal = threads.submit(() -> {
                while (hostileRunning.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = search("Istanbul");
                    normalMs.add((System.nanoTime() - start) / 1_000_000);
                    assertEquals(200, response.statusCode(), response.body());
                    Thread.sleep(100);
                }
                return null;
            });
            List<Future<String>> answers = new ArrayList<>();
            hostile().forEach((name, path) -> answers.add(threads.submit(() -> hostileAnswer(name, path))));
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            hostileRunning.set(false);
            normal.get();
            System.out.println("BoundedSearchTest: " + outcomes + "; ordinary searches (ms): " + normalMs);
            assertFalse(normalMs.isEmpty());
            assertTrue(normalMs.stream().allMatch(ms -> ms < NORMAL_LIMIT.toMillis()),
                    "an ordinary search took a second or more beside hostile ones: " + normalMs);
        } finally {
            hostileRunning.set(false);
            threads.shutdownNow();
        }
        IndexProbe.shared().awaitNoSearches(IngestedCorpus.get().prefix());
    }

    @Test
    void aRefusedQueryIsAProblemThatNamesTheLimit() throws Exception {
        HttpResponse<String> response = search(repeat("a*", 200, "+"));
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json.readTree(response.body()).get("detail").asText().contains("(limit: prefix length)"), response.body());
        HttpResponse<String> agreements = get("/api/agreements?q=" + enc(repeat("word", 65, " ")));
        assertEquals(400, agreements.statusCode());
        assertTrue(json.readTree(agreements.body()).get("detail").asText().contains("65 terms"), agreements.body());
    }

    @Test
    void anAnswerSaysWhetherItIsPartial() throws Exception {
        assertFalse(json.readTree(search("Istanbul").body()).get("partial").asBoolean(true));
        assertFalse(json.readTree(get("/api/agreements?q=Istanbul").body()).get("partial").asBoolean(true));
    }

    /** "400 (limit: …)", or "200" / "200 partial", after checking it came in time. */
    private String hostileAnswer(String name, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(path);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms <= HOSTILE_LIMIT.toMillis(), name + " took " + ms + " ms");
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() == 400) {
            assertTrue(body.get("detail").asText().contains("(limit: "), name + ": " + response.body());
            return name + ": 400 " + body.get("detail").asText().replaceAll(".*\\(limit: ", "(limit: ") + " in " + ms + " ms";
        }
        assertEquals(200, response.statusCode(), name + ": " + response.body());
        return name + ": 200" + (body.get("partial").asBoolean() ? " partial" : "") + " in " + ms + " ms";
    }

    private HttpResponse<String> search(String query) throws Exception {
        return get("/api/search?q=" + enc(query));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String repeat(String term, int times, String separator) {
        return String.join(separator, Collections.nCopies(times, term));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
