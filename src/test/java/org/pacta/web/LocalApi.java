package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The API of a test's Pacta on 127.0.0.1, as a client reads it. */
public final class LocalApi {

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public LocalApi(int port) {
        this.port = port;
    }

    /** A GET; an API answer is checked against the OpenAPI contract the server publishes ({@link ApiContract}). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (path.startsWith("/api/") && !path.startsWith("/api/docs")) {
            ApiContract.of(port).check("GET", path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        }
        return response;
    }

    /** A GET whose answer is read as bytes, as a download is. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The JSON answer of a GET that must succeed. */
    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " → " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
