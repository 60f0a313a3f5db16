package org.pacta.web.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.web.ApiContract;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads and server-side ingest jobs through the HTTP API, with the write key enforced. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveApiTest {

    private static final String KEY = "test-write-key";
    // sha256("test-write-key"): the configuration holds only the hash.
    private static final String KEY_HASH = "sha256:" + java.util.HexFormat.of().formatHex(sha256(KEY));
    private static final Path HOME = dir("home");
    private static final Path ROOT = dir("root");
    private static final Path OUTSIDE = dir("outside");

    @Value("${local.server.port}")
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> TestElasticsearch.uniquePrefix("api"));
        registry.add("pacta.home", HOME::toString);
        registry.add("pacta.api-keys", () -> KEY_HASH);
        registry.add("pacta.ingest.roots", ROOT::toString);
    }

    @Test
    void uploadNeedsTheWriteKey() throws Exception {
        assertEquals(401, upload("a.txt", "text", null).statusCode());
        assertEquals(403, upload("a.txt", "text", "wrong-key").statusCode());
        HttpResponse<String> ok = upload("../../etc/mou.txt",
                "Memorandum of understanding between Azerbaijan and Türkiye on defence.", KEY);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode file = json.readTree(ok.body()).get(0);
        assertEquals("mou.txt", file.get("file_name").asText(), "client folders are dropped from the name");
        assertEquals("indexed", file.get("outcome").asText());
        assertEquals(64, file.get("id").asText().length());
        assertTrue(file.get("metadata").get("content_type").asText().startsWith("text/plain"), ok.body());
        assertEquals("en", file.get("metadata").get("language").asText());
    }

    @Test
    void ingestJobsReadOnlyInsideTheRootsAndReportLiveCounts() throws Exception {
        Files.writeString(OUTSIDE.resolve("secret.txt"), "not for Pacta");
        assertEquals(403, startJob(OUTSIDE.toString()).statusCode());
        assertEquals(403, startJob(ROOT.resolve("..").resolve(OUTSIDE.getFileName()).toString()).statusCode(),
                "'..' must not escape the root");
        Path link = ROOT.resolve("link-out");
        Files.createSymbolicLink(link, OUTSIDE);
        assertEquals(403, startJob(link.toString()).statusCode(), "a link out of the root is resolved first");
        assertEquals(400, startJob("relative/path").statusCode());

        Path folder = Files.createDirectories(ROOT.resolve("batch-" + UUID.randomUUID()));
        Files.writeString(folder.resolve("one.txt"), "Agreement on fisheries.");
        Files.writeString(folder.resolve("two.txt"), "Protocol on trade.");
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> started = startJob(folder.toString());
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();

        JsonNode job = awaitEnd(location);
        assertEquals("DONE", job.get("state").asText(), job.toString());
        assertEquals(3, job.get("total_files").asInt());
        assertEquals(3, job.get("files_done").asInt(), job.toString());
        assertTrue(job.get("files_per_second").asDouble() > 0, job.toString());
        assertTrue(job.get("eta_seconds") == null || job.get("eta_seconds").isNull(), "no ETA once done: " + job);
        assertEquals(2, job.get("counts").get("indexed").asInt(), job.toString());
        assertEquals(1, job.get("failures").size(), job.toString());
        assertEquals("corrupt", job.get("failures").get(0).get("reason").asText(), job.toString());
        assertEquals(404, get("/api/ingest-jobs/no-such-job").statusCode());
    }

    @Test
    void ingestJobsLeaveOutWhatTheirExcludePatternsAndTheFoldersRulesSay() throws Exception {
        Path folder = Files.createDirectories(ROOT.resolve("excl-" + UUID.randomUUID()));
        Files.writeString(folder.resolve("treaty.txt"), "Treaty on the delimitation of the continental shelf.");
        Files.writeString(folder.resolve("README.md"), "What this folder holds.");
        Files.writeString(folder.resolve("expected.jsonl"), "{\"file\": \"treaty.txt\"}\n");
        Files.writeString(folder.resolve("Thumbs.db"), "thumbnails");
        Files.writeString(folder.resolve(".pactaignore"), "README.md\n");

        HttpResponse<String> bad = startJob(java.util.Map.of("path", folder.toString(), "exclude", java.util.List.of("[z-a]")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(json.readTree(bad.body()).get("detail").asText().contains("[z-a]"), bad.body());

        HttpResponse<String> started = startJob(java.util.Map.of("path", folder.toString(), "exclude", java.util.List.of("*.jsonl")));
        assertEquals(202, started.statusCode(), started.body());
        JsonNode job = awaitEnd(started.headers().firstValue("Location").orElseThrow());
        assertEquals("DONE", job.get("state").asText(), job.toString());
        assertEquals(1, job.get("counts").get("indexed").asInt(), job.toString());
        assertEquals(3, job.get("counts").get("excluded").asInt(), "README.md, expected.jsonl, Thumbs.db: " + job);
        assertEquals("[\"*.jsonl\"]", job.get("exclude").toString());
        assertEquals(1, job.get("total_files").asInt(), job.toString());

        JsonNode spec = json.readTree(get("/api/docs").body());
        String described = spec.toString();
        assertTrue(described.contains("gitignore syntax relative to the folder"), "exclude is described in the OpenAPI");
    }

    private JsonNode awaitEnd(String location) throws Exception {
        JsonNode job = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            job = json.readTree(get(location).body());
            if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        return job;
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        HttpResponse<String> docs = get("/api/docs");
        assertEquals(200, docs.statusCode(), docs.body());
        JsonNode paths = json.readTree(docs.body()).get("paths");
        for (String path : java.util.List.of("/api/search", "/api/documents", "/api/documents/{id}", "/api/export",
                "/api/parties", "/api/ingest-jobs", "/api/ingest-jobs/{id}")) {
            assertTrue(paths.has(path), path + " missing from " + paths.fieldNames());
        }
    }

    private HttpResponse<String> startJob(String path) throws IOException, InterruptedException {
        return startJob(java.util.Map.of("path", path));
    }

    private HttpResponse<String> startJob(java.util.Map<String, Object> request) throws IOException, InterruptedException {
        String body = json.writeValueAsString(request);
        return ApiContract.checked(port, "POST", http.send(HttpRequest.newBuilder(uri("/api/ingest-jobs"))
                .header("Authorization", "ApiKey " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> upload(String fileName, String content, String key) throws IOException, InterruptedException {
        String boundary = "pacta-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        return ApiContract.checked(port, "POST", http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET whose answer is checked against the server's OpenAPI contract ({@link ApiContract}). */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return ApiContract.checked(port, "GET", http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dir(String name) {
        return TestDirs.fresh("api-test", name);
    }
}
