package org.pacta.cli;

import org.junit.jupiter.api.Test;
import org.pacta.core.Sha256;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code ./pacta serve} with the embedded node: green health, shared with {@code es status}, nothing left after SIGTERM. */
class ServeLifecycleTest {

    /** Health details (the node's state) are for a write key; anonymous callers get the status only. */
    private static final String WRITE_KEY = "serve-lifecycle-key";

    @Test
    void serveStartsTheNodeAndSigtermLeavesNoElasticsearchBehind() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("serve");
        int port = PactaProcess.freePort();
        Path log = dataDir.resolve("serve.log");
        Process serve = PactaProcess.builder(dataDir, Map.of("PACTA_PORT", Integer.toString(port),
                        "PACTA_API_KEYS", "sha256:" + Sha256.hex(WRITE_KEY)), "serve")
                .redirectOutput(log.toFile()).start();
        List<ProcessHandle> nodeProcesses;
        try {
            String health = awaitHealth(URI.create("http://127.0.0.1:" + port + "/actuator/health"), serve, log);
            assertTrue(health.contains("\"elasticsearch\":{\"details\":{\"status\":\"green\""), health);
            assertTrue(health.contains("\"mode\":\"local_node\""), health);

            PactaProcess.Result status = PactaProcess.run(dataDir, "es", "status");
            assertEquals(0, status.exitCode(), status.output());
            long nodePid = recordedNodePid(dataDir);
            assertTrue(status.output().contains("local node pid " + nodePid + ": green"), status.output());

            ProcessHandle node = ProcessHandle.of(nodePid).orElseThrow();
            nodeProcesses = java.util.stream.Stream.concat(java.util.stream.Stream.of(node), node.descendants()).toList();
        } finally {
            serve.destroy(); // SIGTERM
        }
        assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "serve did not exit after SIGTERM");
        for (ProcessHandle process : nodeProcesses) {
            process.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(process.isAlive(), "Elasticsearch process left behind: " + process.pid());
        }
        assertFalse(Files.exists(dataDir.resolve("es/node.properties")));
    }

    private static long recordedNodePid(Path dataDir) throws IOException {
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve("es/node.properties"))) {
            state.load(in);
        }
        return Long.parseLong(state.getProperty("pid"));
    }

    private static String awaitHealth(URI uri, Process serve, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                fail("serve exited with " + serve.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                                .header("Authorization", "ApiKey " + WRITE_KEY).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return fail("no health answer within 180 s: " + Files.readString(log));
    }
}
