package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.pacta.web.security.LocalServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pacta.cli.ServeProcess.assertEachDocumentOnce;
import static org.pacta.cli.ServeProcess.getJson;
import static org.pacta.cli.ServeProcess.nodeUrl;
import static org.pacta.cli.ServeProcess.send;

/**
 * {@code ./pacta ingest} while {@code ./pacta serve} runs on the same data dir: the job is handed to the server,
 * and the command line shows what an in-process run shows; Ctrl-C stops the server's job and a rerun finishes
 * it; a caller without the data dir's key is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerIngestCliTest {

    private static final Path SHARED = Path.of(System.getProperty("pacta.test.shared", "../shared"));
    /** Long enough to ingest that a Ctrl-C lands midway. */
    private static final Path BENCH = BenchSample.of(150);

    private static Path dataDir;
    private static Process serve;
    private static int port;

    @BeforeAll
    static void serve() throws Exception {
        dataDir = PactaProcess.freshDataDir("server-ingest");
        port = PactaProcess.freePort();
        // a short refresh interval, so a search during the run can see its first documents
        serve = ServeProcess.serve(dataDir, Map.of("PACTA_INGEST_REFRESH_INTERVAL", "1s"), port, "serve.log");
        ServeProcess.awaitHealth(port, serve, dataDir.resolve("serve.log"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.destroy();
            serve.waitFor(90, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    @Test
    @Order(1) // first: its counts of agreements are those of an archive that holds only its folder
    void theServersJobShowsWhatAnInProcessRunShows() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("input-small"));
        try (var seeds = Files.list(SHARED.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body\n");
        Files.createFile(folder.resolve("empty.txt"));

        PactaProcess.Result viaServer = PactaProcess.run(dataDir, "ingest", folder.toString());
        Path alone = PactaProcess.freshDataDir("server-ingest-alone");
        PactaProcess.Result inProcess = PactaProcess.run(alone, "ingest", folder.toString());

        assertTrue(firstLine(viaServer).startsWith("Ingest: handed to the running server at http://127.0.0.1:" + port),
                viaServer.output());
        assertTrue(firstLine(inProcess).startsWith("Ingest: in this process (no ./pacta serve runs on the data dir"),
                inProcess.output());
        assertEquals(IngestCommand.SOME_FAILED, inProcess.exitCode(), inProcess.output());
        assertEquals(inProcess.exitCode(), viaServer.exitCode(), viaServer.output());
        assertEquals(report(inProcess), report(viaServer), "the same lines, but for time and speed");
        assertTrue(report(viaServer).stream().anyMatch(line -> line.contains("broken.pdf")), viaServer.output());
        assertEquals(reportFile(inProcess), reportFile(viaServer), "the same failures in the report file");

        assertEquals(0, PactaProcess.run(alone, "es", "start").exitCode());
        try {
            Set<String> served = documentIds(nodeUrl(dataDir), folder);
            assertEquals(2, served.size(), "two seed articles archived: " + served);
            assertEquals(documentIds(nodeUrl(alone), folder), served, "the same documents");
        } finally {
            PactaProcess.run(alone, "es", "stop");
        }
    }

    @Test
    @Order(3)
    void ctrlCStopsTheServersJobAndARerunFinishesIt() throws Exception {
        Process cli = PactaProcess.builder(dataDir, Map.of(), "ingest", BENCH.toString()).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(cli.getInputStream().readAllBytes()));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        JsonNode job = awaitRunningWithDocuments();
        long searchable = getJson("http://127.0.0.1:" + port + "/api/search?q=agreement").get("total").asLong();
        assertTrue(searchable > 0, "documents are searchable while the job runs: " + job);

        new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor(); // our child, by its pid
        assertTrue(cli.waitFor(2, TimeUnit.MINUTES), "the command line ends after Ctrl-C");
        reader.join(10_000);
        assertEquals(IngestCommand.CANCELLED, cli.exitValue(), output.toString());
        assertTrue(output.toString().contains("Cancelled: "), output.toString());
        assertFalse(output.toString().contains("\r"), "not a terminal: plain progress lines");
        JsonNode stopped = getJson("http://127.0.0.1:" + port + "/api/ingest-jobs/" + job.get("id").asText());
        assertEquals("CANCELLED", stopped.get("state").asText(), stopped.toString());
        int done = stopped.get("files_done").asInt();
        assertTrue(done > 0 && done < stopped.get("total_files").asInt(), "stopped midway: " + stopped);

        PactaProcess.Result rerun = PactaProcess.run(dataDir, "ingest", BENCH.toString());
        assertEquals(0, rerun.exitCode(), rerun.output());
        assertTrue(rerun.output().matches("(?s).*\\n\\d+ files in .* [1-9]\\d* unchanged.*"),
                "the stopped job's files are not redone: " + rerun.output());
        assertEachDocumentOnce(dataDir, nodeUrl(dataDir), BENCH, Set.of());
    }

    @Test
    @Order(2)
    void onlyTheDataDirsOwnerCanHandJobsToTheServer() throws Exception {
        Path file = dataDir.resolve(LocalServer.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "only the data dir's owner may read the server's key");
        LocalServer server = LocalServer.find(dataDir).orElseThrow();
        assertEquals(serve.pid(), server.pid());

        Path folder = Files.createDirectories(dataDir.resolve("input-none")); // an empty job: it changes nothing
        String body = "{\"path\": \"" + folder.toRealPath() + "\"}";
        assertEquals(401, startJob(body, null).statusCode(), "no key");
        assertEquals(403, startJob(body, "owner_" + "x".repeat(43)).statusCode(), "a guessed key");
        HttpResponse<String> owner = startJob(body, server.key());
        assertEquals(202, owner.statusCode(), owner.body());
    }

    private static HttpResponse<String> startJob(String body, String key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest-jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        return send(request);
    }

    /** The command line's running job, once it has written some documents. */
    private static JsonNode awaitRunningWithDocuments() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode job : getJson("http://127.0.0.1:" + port + "/api/ingest-jobs").get("jobs")) {
                if (job.get("state").asText().equals("RUNNING") && job.get("origin").asText().equals("COMMAND_LINE")
                        && job.get("files_done").asInt() >= 30) {
                    Thread.sleep(1500); // past a refresh
                    return job;
                }
            }
            Thread.sleep(100);
        }
        fail("no running job with documents");
        return null;
    }

    private static String firstLine(PactaProcess.Result result) {
        return result.output().lines().findFirst().orElse("");
    }

    /** The summary, failures and agreements lines, with the time and speed taken out. */
    private static List<String> report(PactaProcess.Result result) {
        return result.output().lines()
                .filter(line -> line.matches("\\d+ files in .*|Failed \\(.*|  \\S+ +/.*|Agreements: .*"))
                .map(line -> line.replaceFirst(" in [\\d.]+ s \\([\\d.]+ MB/s\\)", ""))
                .map(ServerIngestCliTest::withoutIdentities)
                .toList();
    }

    /** A parser object's identity in Tika's messages ({@code PDFParser@6116a284}) differs between JVMs. */
    private static String withoutIdentities(String line) {
        return line.replaceAll("@[0-9a-f]+\\b", "@…");
    }

    private static List<String> reportFile(PactaProcess.Result result) throws IOException {
        String path = result.output().lines().filter(l -> l.startsWith("Report: ")).findFirst().orElseThrow().substring(8);
        return Files.readAllLines(Path.of(path)).stream().map(ServerIngestCliTest::withoutIdentities).sorted().toList();
    }

    private static Set<String> documentIds(String nodeUrl, Path folder) throws IOException {
        send(HttpRequest.newBuilder(URI.create(nodeUrl + "/pacta-documents/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        Set<String> ids = new TreeSet<>();
        JsonNode hits = getJson(nodeUrl + "/pacta-documents/_search?size=1000&_source=source_paths");
        for (JsonNode hit : hits.get("hits").get("hits")) {
            if (hit.toString().contains(folder.toRealPath().toString())) {
                ids.add(hit.get("_id").asText());
            }
        }
        return ids;
    }
}
