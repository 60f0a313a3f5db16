package org.pacta.web.security;

import org.pacta.core.Sha256;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.web.ApiContract;
import org.pacta.web.LocalApi;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A security test's own Pacta (fresh data dir and indices on the shared test cluster) and the calls a client makes to it. */
final class SecuredPacta {

    static final String WRITE_KEY = "security-test-write-key";
    static final String READ_KEY = "security-test-read-key";
    /** A well-formed id that no document has. */
    static final String NO_SUCH_DOCUMENT = "0".repeat(64);

    private final LocalApi api;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    SecuredPacta(int port) {
        this.api = new LocalApi(port);
        this.port = port;
    }

    /** The configuration holds only hashes of keys, as {@code ./pacta apikey} prints them. */
    static String hash(String key) {
        return "sha256:" + Sha256.hex(key);
    }

    /** Pacta on the shared test cluster with {@link #WRITE_KEY} as its write key. */
    static void configure(DynamicPropertyRegistry registry, String name) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> TestElasticsearch.uniquePrefix(name));
        registry.add("pacta.home", () -> TestDirs.fresh("security", name).toString());
        registry.add("pacta.api-keys", () -> hash(WRITE_KEY));
    }

    HttpResponse<String> get(String path, String key, String... headers) throws IOException, InterruptedException {
        return send(withKey(HttpRequest.newBuilder(api.uri(path)).GET(), key, headers));
    }

    HttpResponse<String> delete(String path, String key) throws IOException, InterruptedException {
        return send(withKey(HttpRequest.newBuilder(api.uri(path)).DELETE(), key));
    }

    HttpResponse<String> options(String path, String... headers) throws IOException, InterruptedException {
        return send(withKey(HttpRequest.newBuilder(api.uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                null, headers));
    }

    /** {@code POST /api/documents} with one file in the form field {@code files}. */
    HttpResponse<String> upload(String fileName, byte[] content, String key) throws IOException, InterruptedException {
        String boundary = "pacta-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(withKey(HttpRequest.newBuilder(api.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), key));
    }

    private static HttpRequest.Builder withKey(HttpRequest.Builder request, String key, String... headers) {
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    /** Sends a request; the answer is checked against the server's OpenAPI contract ({@link ApiContract}). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        return ApiContract.checked(port, built.method(), http.send(built, HttpResponse.BodyHandlers.ofString()),
                "ApiKey " + WRITE_KEY);
    }
}
