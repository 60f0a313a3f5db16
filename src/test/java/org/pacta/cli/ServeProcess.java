package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pacta.ingest.blob.FileBlobStore;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code pacta serve} in its own JVM for a test, and what tests ask of it and of its data dir's node. */
final class ServeProcess {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeProcess() {
    }

    static Process serve(Path dataDir, Map<String, String> env, int port, String log) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("PACTA_PORT", Integer.toString(port));
        return PactaProcess.builder(dataDir, all, "serve").redirectOutput(dataDir.resolve(log).toFile()).start();
    }

    static void awaitHealth(int port, Process serve, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                fail("serve exited with " + serve.exitValue() + ": " + Files.readString(log));
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")))
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("serve not healthy: " + Files.readString(log));
    }

    /** The data dir's node, as its record says. */
    static String nodeUrl(Path dataDir) throws IOException {
        Properties node = new Properties();
        node.load(new StringReader(Files.readString(dataDir.resolve("es/node.properties"))));
        return node.getProperty("url").replaceAll("/$", "");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static JsonNode getJson(String url) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url))).body());
    }

    /**
     * Every file of {@code folder} that was not reported as failed is one document whose id is its hash, once;
     * every blob holds the bytes its name says, and no partial blob is left.
     */
    static void assertEachDocumentOnce(Path dataDir, String url, Path folder, Set<String> failedPaths) throws Exception {
        Set<String> expected = new HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!failedPaths.contains(file.toRealPath().toString())) {
                    expected.add(FileBlobStore.sha256(file));
                }
            }
        }
        send(HttpRequest.newBuilder(URI.create(url + "/pacta-documents/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode hits = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url
                + "/pacta-documents/_search?size=10000&_source=source_paths"))).body()).get("hits");
        String inFolder = folder.toRealPath().toString();
        List<String> ids = new ArrayList<>();
        hits.get("hits").forEach(h -> {
            if (h.path("_source").path("source_paths").toString().contains(inFolder)) {
                ids.add(h.get("_id").asText());
            }
        });
        assertEquals(expected.size(), ids.size(), "count = distinct hashes");
        assertEquals(expected, new HashSet<>(ids));

        Path blobs = dataDir.resolve("blobs");
        try (Stream<Path> stored = Files.walk(blobs)) {
            for (Path blob : stored.filter(Files::isRegularFile).toList()) {
                assertFalse(blob.startsWith(blobs.resolve("tmp")), "partial blob left behind: " + blob);
                assertEquals(blob.getFileName().toString(), FileBlobStore.sha256(blob), "half-written blob " + blob);
            }
        }
    }
}
