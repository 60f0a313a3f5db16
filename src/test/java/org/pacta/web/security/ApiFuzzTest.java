package org.pacta.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pacta.PactaServer;
import org.pacta.web.ApiContract;
import org.pacta.web.RawHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

/**
 * Every endpoint's parameters with hostile values — wrong types, overflow, forged cursors, broken multipart,
 * bad percent-encoding, over-long URLs — written byte for byte to the running server on 127.0.0.1. A fixed
 * list (no randomness): every answer must be below 500, every error an {@code application/problem+json}
 * whose {@code status} is the answer's, and every answer to a documented operation as its OpenAPI says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzTest {

    /** Values for any parameter, as they appear in the URL (some already percent-encoded, some broken on purpose). */
    private static final List<String> HOSTILE = List.of("", "%20", "-1", "0", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1e3", "NaN", "abc", "%ff", "%fe%ff", "%", "%zz", "%00", "%2F..%2F..",
            "%C0%AF", "%F0%9D%95%8F", enc("'\"<script>alert(1)</script>"), enc("*"), enc("\\"), enc("a".repeat(3000)),
            enc("\"unbalanced"), enc("((((((((((x"), "true");
    private static final List<String> SEARCH = List.of("q", "party", "party_mode", "year_from", "year_to", "status",
            "type", "place", "language", "sort", "page", "size", "search_after");
    private static final List<String> IDS = List.of("x", "%2F", "a%2Fb", "%00", "a%00b", "%ff", "..", "%2e%2e",
            "..%2F..%2Fetc%2Fpasswd", "0".repeat(64), "0".repeat(65), "A".repeat(64), enc("<b>"), "%u0000", "a;b=c");

    @Value("${local.server.port}")
    private int port;
    private RawHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "fuzz");
        registry.add("pacta.web.write-burst", () -> "100000");
        registry.add("pacta.web.write-rate", () -> "100000");
    }

    @BeforeEach
    void noFailuresYet() {
        failures.clear();
        sent = 0;
    }

    @BeforeAll
    void anArchiveWithSomethingToPage() throws Exception {
        http = new RawHttp(port);
        SecuredPacta pacta = new SecuredPacta(port);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> upload = pacta.upload("treaty-" + i + ".txt",
                    ("Treaty of friendship number " + i + " between France and Japan, signed at Paris on 1 March 199" + i
                            + ".").getBytes(StandardCharsets.UTF_8), WRITE_KEY);
            assertEquals(201, upload.statusCode(), upload.body());
        }
    }

    @Test
    void searchAgreementsAndExportParameters() throws Exception {
        for (String endpoint : List.of("/api/search", "/api/agreements")) {
            for (String parameter : SEARCH) {
                for (String value : HOSTILE) {
                    get(endpoint + "?" + parameter + "=" + value);
                }
                get(endpoint + "?" + parameter + "=a&" + parameter + "=b");
            }
            get(endpoint + "?page=600");
            get(endpoint + "?page=99&size=100");
            get(endpoint + "?page=2147483647&size=100");
            get(endpoint + "?no_such_parameter=1");
            get(endpoint + "?%ff=1");
            get(endpoint + "?q=" + "a".repeat(9000)); // over Tomcat's 8 KB request line
        }
        for (String parameter : List.of("q", "party", "year_from", "sort", "format", "page")) {
            for (String value : List.of("%ff", "-1", "2147483648", "%00", "abc", enc("\"x"))) {
                get("/api/export?" + parameter + "=" + value);
            }
        }
        assertNoFailures();
    }

    @Test
    void forgedAndForeignCursors() throws Exception {
        for (String endpoint : List.of("/api/search", "/api/agreements")) {
            // Cursors of real pages, used with another sort order (the uploads make documents, not always agreements).
            String relevance = next(endpoint + "?size=1");
            String byDate = next(endpoint + "?size=1&sort=signed_desc");
            if (endpoint.equals("/api/search")) {
                assertTrue(relevance != null && byDate != null, "three documents make pages of one");
                RawHttp.Answer own = http.send("GET", endpoint + "?size=1&sort=signed_desc&search_after=" + byDate, Map.of(), null);
                assertEquals(200, own.status(), "a cursor with its own sort pages on: " + own.body());
            }
            for (String cursor : new String[]{relevance, byDate}) {
                if (cursor != null) {
                    get(endpoint + "?size=1&sort=signed_asc&search_after=" + cursor);
                    get(endpoint + "?size=1&search_after=" + cursor);
                }
            }
            for (String forged : List.of("[]", "[\"x\"]", "[1.0]", "[\"a\",\"b\"]", "[1.0,2]", "[1e400,\"x\"]",
                    "[null,\"x\"]", "{\"a\":1}", "[1.0,\"x\",3]", "[[1],\"x\"]", "[99999999999999999999999,\"x\"]",
                    "\"x\"", "nul", "[true,\"x\"]")) {
                String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
                for (String sort : List.of("relevance", "signed_desc", "signed_asc")) {
                    get(endpoint + "?sort=" + sort + "&search_after=" + cursor);
                }
            }
            get(endpoint + "?search_after=!!!not-base64");
        }
        assertNoFailures();
    }

    @Test
    void idsInPaths() throws Exception {
        for (String id : IDS) {
            for (String path : List.of("/api/documents/" + id, "/api/documents/" + id + "/original", "/api/agreements/" + id,
                    "/api/ingest-jobs/" + id)) {
                get(path);
            }
            send("DELETE", "/api/documents/" + id, Map.of("Authorization", "ApiKey " + WRITE_KEY), null);
        }
        for (String parameter : List.of("text_offset", "text_length")) {
            for (String value : HOSTILE) {
                get("/api/documents/" + "0".repeat(64) + "?" + parameter + "=" + value);
            }
        }
        for (String value : HOSTILE) {
            get("/api/parties?limit=" + value);
            get("/api/parties?prefix=" + value);
        }
        get("/api/parties?limit=1000000");
        for (String path : List.of("/api/nothing-here", "//api//search", "/api/search/", "/api/documents", "/%2e%2e/%2e%2e/etc/passwd",
                "/api/search;jsessionid=1", "/api/" + "x".repeat(9000), "/api/docs?%ff", "/actuator/health?%ff",
                "/actuator/nope", "/api/documents/%2F%2F")) {
            get(path);
        }
        send("GET", "/api/search?q=x", Map.of("Origin", "https://elsewhere.example"), null);
        send("OPTIONS", "/api/search", Map.of("Origin", "https://elsewhere.example", "Access-Control-Request-Method", "GET"), null);
        send("GET", "/api/search?q=x", Map.of("Authorization", "ApiKey"), null);
        send("DELETE", "/api/documents/x", Map.of("Authorization", "Bearer x"), null);
        send("GET", "/api/nothing-here", Map.of("Accept", "text/html"), null);
        send("GET", "/api/search?q=%ff", Map.of("Accept", "text/html"), null);
        for (String method : List.of("PUT", "PATCH", "POST", "DELETE", "TRACE")) {
            send(method, "/api/search?q=x", Map.of("Authorization", "ApiKey " + WRITE_KEY), new byte[0]);
        }
        assertNoFailures();
    }

    @Test
    void brokenUploadsAndJobRequests() throws Exception {
        Map<String, String> key = Map.of("Authorization", "ApiKey " + WRITE_KEY);
        String boundary = "fuzz-boundary";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("multipart/form-data", part + "\r\n--" + boundary + "--\r\n"); // no boundary parameter
        bodies.put("multipart/form-data; boundary=" + boundary, part); // truncated: no closing boundary
        bodies.put("multipart/form-data; boundary=" + boundary + " ", "garbage, not multipart at all");
        bodies.put("multipart/form-data; boundary=other", part + "\r\n--" + boundary + "--\r\n");
        bodies.put("multipart/form-data; boundary=" + boundary + "x", "");
        bodies.put("multipart/form-data; boundary=\"" + boundary, part);
        bodies.put("multipart/form-data; boundary=" + "b".repeat(100), "--" + "b".repeat(100) + "--\r\n");
        bodies.put("multipart/form-data; boundary=" + boundary + "y",
                "--" + boundary + "y\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "y--\r\n");
        bodies.put("multipart/form-data; boundary=" + boundary + "z",
                "--" + boundary + "z\r\nContent-Disposition: form-data; name=\"files\"; filename=\"%00.txt\"\r\n\r\n\r\n--"
                        + boundary + "z--\r\n");
        bodies.put("application/json", "{}");
        bodies.put("text/plain", "hello");
        bodies.put("%ff", "x");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Map<String, String> headers = new LinkedHashMap<>(key);
            headers.put("Content-Type", body.getKey());
            send("POST", "/api/documents", headers, body.getValue().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream deep = new ByteArrayOutputStream();
        deep.writeBytes("[".repeat(5000).getBytes(StandardCharsets.UTF_8));
        for (String job : List.of("", "{", "[]", "null", "\"x\"", "{\"path\":null}", "{\"path\":5}", "{\"path\":\"relative\"}",
                "{\"path\":\"/no/such/folder\"}", "{\"path\":\"/tmp\",\"prune\":\"yes\"}", "{\"unknown\":1}",
                "{\"path\":\"\\u0000\"}", "{\"path\":\"" + "a".repeat(5000) + "\"}", deep.toString(StandardCharsets.UTF_8))) {
            for (String type : List.of("application/json", "text/plain", "application/json; charset=nonsense")) {
                Map<String, String> headers = new LinkedHashMap<>(key);
                headers.put("Content-Type", type);
                send("POST", "/api/ingest-jobs", headers, job.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertNoFailures();
    }

    private String next(String path) throws Exception {
        RawHttp.Answer answer = http.send("GET", path, Map.of(), null);
        assertEquals(200, answer.status(), path + " → " + answer.body());
        JsonNode next = json.readTree(answer.body()).path("next");
        return next.isTextual() ? next.asText() : null;
    }

    private void get(String target) throws Exception {
        send("GET", target, Map.of(), null);
    }

    /** Sends one request and notes what a client could not rely on. */
    private void send(String method, String target, Map<String, String> headers, byte[] body) throws Exception {
        sent++;
        RawHttp.Answer answer = http.send(method, target, headers, body);
        String what = method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target)
                + (body == null ? "" : " [" + headers.getOrDefault("Content-Type", "") + "] ") + " → " + answer.status();
        if (!target.startsWith("/api/docs")) {
            ApiContract.of(port).violations(method, target, answer.status(), answer.contentType(), answer.body())
                    .forEach(violation -> failures.add(what + ": " + violation));
        }
        if (answer.status() >= 500) {
            failures.add(what + " " + abbreviate(answer.body()));
        } else if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                failures.add(what + " as " + answer.contentType() + ": " + abbreviate(answer.body()));
            } else {
                JsonNode problem = json.readTree(answer.body());
                if (problem.path("status").asInt() != answer.status() || !problem.path("title").isTextual()) {
                    failures.add(what + " with a problem that does not say its status: " + answer.headers() + " "
                            + abbreviate(answer.body()));
                }
            }
        }
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers a client cannot rely on:\n"
                + String.join("\n", failures));
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
