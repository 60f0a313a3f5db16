package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.cli.ServeProcess.JSON;
import static org.pacta.cli.ServeProcess.assertEachDocumentOnce;
import static org.pacta.cli.ServeProcess.awaitHealth;
import static org.pacta.cli.ServeProcess.nodeUrl;
import static org.pacta.cli.ServeProcess.send;
import static org.pacta.cli.ServeProcess.serve;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code kill -9} of {@code ./pacta ingest} midway and of {@code ./pacta serve} during an ingest job, each
 * with the node it started: the next run starts (no stale lock), finishes the job, and every document is
 * archived exactly once, with no half-written blob.
 */
class CrashRecoveryCliTest {

    /** 150 of the benchmark's files: long enough to ingest that a kill lands midway. */
    private static final Path BENCH = BenchSample.of(150);


    @Test
    void killedIngestIsFinishedByTheNextRun() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("crash-ingest");
        Process first = PactaProcess.builder(dataDir, Map.of(), "ingest", BENCH.toString())
                .redirectOutput(dataDir.resolve("first.log").toFile()).start();
        try {
            killMidway(first, dataDir);
        } finally {
            first.destroyForcibly();
        }

        PactaProcess.Result rerun = PactaProcess.run(dataDir, "ingest", BENCH.toString());
        assertNotEquals(1, rerun.exitCode(), "the re-run starts despite the killed run's lock and node record: "
                + rerun.output());
        assertTrue(rerun.output().matches("(?s).*[1-9]\\d* unchanged.*"), "files the killed run finished are not redone: "
                + rerun.output());

        PactaProcess.Result start = PactaProcess.run(dataDir, "es", "start");
        assertEquals(0, start.exitCode(), start.output());
        try {
            assertEachDocumentOnce(dataDir, nodeUrl(dataDir), BENCH, reportedFailures(rerun.output()));
        } finally {
            PactaProcess.run(dataDir, "es", "stop");
        }
    }

    @Test
    void killedServeFinishesTheIngestJobAfterARestart() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("crash-serve");
        String key = "crash-test-key";
        Map<String, String> env = Map.of("PACTA_API_KEYS", "sha256:" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))),
                "PACTA_INGEST_ROOTS", BENCH.toRealPath().toString());

        int port = PactaProcess.freePort();
        Process first = serve(dataDir, env, port, "first.log");
        try {
            awaitHealth(port, first, dataDir.resolve("first.log"));
            startJob(port, key);
            killMidway(first, dataDir);
        } finally {
            first.destroyForcibly();
        }

        int port2 = PactaProcess.freePort();
        Process second = serve(dataDir, env, port2, "second.log");
        try {
            awaitHealth(port2, second, dataDir.resolve("second.log"));
            JsonNode job = awaitDone(port2, startJob(port2, key));
            assertEquals("DONE", job.get("state").asText(), job.toString());
            assertTrue(job.get("counts").path("unchanged").asInt() > 0, "the killed job's files are not redone: " + job);
            Set<String> failed = new HashSet<>();
            job.get("failures").forEach(f -> failed.add(f.get("path").asText()));
            assertEachDocumentOnce(dataDir, nodeUrl(dataDir), BENCH, failed);
        } finally {
            second.destroy();
            second.waitFor(90, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    /** Waits until some files are in the catalog but not all, then kills the process with SIGKILL. */
    private static void killMidway(Process process, Path dataDir) throws Exception {
        long total;
        try (Stream<Path> files = Files.walk(BENCH)) {
            total = files.filter(Files::isRegularFile).count();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "finished before it could be killed");
            long catalogued = Files.exists(dataDir.resolve("es/node.properties")) ? catalogued(nodeUrl(dataDir)) : 0;
            if (catalogued >= 20) {
                assertTrue(catalogued < total, "the kill must land midway: " + catalogued + " of " + total);
                ProcessHandle.of(process.pid()).orElseThrow(); // our own child, by its pid
                new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS));
                assertEquals(137, process.exitValue(), "killed by SIGKILL");
                return;
            }
            Thread.sleep(200);
        }
        fail("no progress within 4 minutes");
    }

    private static long catalogued(String url) {
        try {
            send(HttpRequest.newBuilder(URI.create(url + "/pacta-files/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
            HttpResponse<String> count = send(HttpRequest.newBuilder(URI.create(url + "/pacta-files/_count")));
            return count.statusCode() == 200 ? JSON.readTree(count.body()).get("count").asLong() : 0;
        } catch (IOException e) {
            return 0; // the node is still starting
        }
    }

    private static Set<String> reportedFailures(String output) throws IOException {
        String report = output.lines().filter(l -> l.startsWith("Report: ")).findFirst().orElseThrow().substring(8);
        Set<String> failed = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(report))) {
            JsonNode entry = JSON.readTree(line);
            if ("failed".equals(entry.get("outcome").asText())) {
                failed.add(entry.get("path").asText());
            }
        }
        return failed;
    }

    private static String startJob(int port, String key) throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest-jobs"))
                .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("path", BENCH.toRealPath().toString())))));
        assertEquals(202, started.statusCode(), started.body());
        return "http://127.0.0.1:" + port + started.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode awaitDone(int port, String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            job = JSON.readTree(send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                    : "http://127.0.0.1:" + port + location))).body());
            if (List.of("DONE", "FAILED").contains(job.get("state").asText())) {
                return job;
            }
            Thread.sleep(500);
        }
        fail("job not done: " + job);
        return job;
    }
}
