package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.pacta.ingest.blob.FileBlobStore;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pacta.cli.ServeProcess.assertEachDocumentOnce;
import static org.pacta.cli.ServeProcess.getJson;
import static org.pacta.cli.ServeProcess.nodeUrl;
import static org.pacta.cli.ServeProcess.send;

/**
 * {@code ./pacta serve} with {@code PACTA_WATCH_ROOTS}: a folder kept in sync through additions, a change, a
 * deletion, a file copied in slowly, 200 files at once and a restart of the server with changes made while it was
 * down. Every file ends archived exactly once, and deleted ones are gone.
 */
class WatchedFolderCliTest {

    private static final Path CORPUS = Path.of(System.getProperty("pacta.test.shared", "../shared"), "corpus", "agreements");
    private static final Duration PATIENCE = Duration.ofSeconds(90); // generous: the outcome is asserted, not the time

    private Path dataDir;
    private Path watched;

    @Test
    void aWatchedFolderStaysInSyncAcrossChangesAndARestart() throws Exception {
        dataDir = PactaProcess.freshDataDir("watched");
        watched = Files.createDirectories(dataDir.resolve("watched"));
        Path first = Files.writeString(watched.resolve("first.txt"), "Agreement between Zorbland and Quuxia, done at Vienna.");
        Map<String, String> env = Map.of("PACTA_WATCH_ROOTS", watched.toString(), "PACTA_WATCH_QUIET", "500ms");

        Process serve = start(env, "serve-1.log");
        try {
            awaitArchive("the folder's file at start", files -> files.containsKey(real(first)));

            Path pdf = Files.copy(onePdf(), watched.resolve("dropped.pdf"));
            long beforeSearchable = searchTotal();
            long dropped = System.nanoTime();
            awaitSearchTotal(beforeSearchable + 1);
            System.out.printf("watched folder: a dropped PDF was searchable through the API %.1f s after its copy%n",
                    (System.nanoTime() - dropped) / 1e9);
            awaitArchive("a dropped PDF", files -> files.containsKey(real(pdf)));

            Files.writeString(first, "Agreement between Zorbland and Quuxia, done at Vienna, as amended in 2024.");
            String changed = FileBlobStore.sha256(first);
            awaitArchive("a changed file's new content", files -> changed.equals(files.get(real(first))));

            Files.delete(pdf);
            awaitArchive("a deleted file gone", files -> !files.containsKey(real(pdf)));

            Path slow = copySlowly(watched.resolve("slow.txt"));
            String whole = FileBlobStore.sha256(slow);
            awaitArchive("a slowly copied file, whole", files -> whole.equals(files.get(real(slow))));

            Path burst = Files.createDirectories(watched.resolve("burst"));
            for (int i = 0; i < 200; i++) {
                Files.writeString(burst.resolve(String.format("note-%03d.txt", i)), "Exchange of notes number " + i
                        + " between Zorbland and Quuxia on fisheries.");
            }
            awaitArchive("200 files at once", files -> files.keySet().stream().filter(p -> p.contains("/burst/")).count() == 200);
        } finally {
            stop(serve);
        }

        // While the server is down: one file added, one removed.
        Path late = Files.writeString(watched.resolve("late.txt"), "Protocol between Zorbland and Quuxia, signed later.");
        Path gone = watched.resolve("burst/note-000.txt");
        String goneReal = real(gone);
        Files.delete(gone);

        Process restarted = start(env, "serve-2.log");
        try {
            awaitArchive("the restart catches up", files -> files.containsKey(real(late)) && !files.containsKey(goneReal));
            JsonNode catchUp = firstWatchJob();
            assertEquals(1, catchUp.get("counts").path("indexed").asInt(), "only the new file is read: " + catchUp);
            assertEquals(1, catchUp.get("counts").path("pruned").asInt(), "the removed file is pruned: " + catchUp);
            assertTrue(catchUp.get("counts").path("unchanged").asInt() >= 201, "nothing else is redone: " + catchUp);
            assertEachDocumentOnce(dataDir, nodeUrl(dataDir), watched, Set.of());
        } finally {
            stop(restarted);
        }
    }

    @Test
    void ingestWatchKeepsTheFolderInSyncUntilCtrlC() throws Exception {
        dataDir = PactaProcess.freshDataDir("ingest-watch");
        watched = Files.createDirectories(dataDir.resolve("watched"));
        Files.writeString(watched.resolve("first.txt"), "Agreement between Zorbland and Quuxia, done at Vienna.");
        Process cli = PactaProcess.builder(dataDir, Map.of("PACTA_WATCH_QUIET", "500ms"), "ingest", "--watch",
                watched.toString()).start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(cli.getInputStream()))
                .lines().forEach(line -> output.append(line).append('\n')));
        reader.start();
        try {
            awaitOutput(output, "Watching ");
            assertTrue(output.toString().startsWith("Ingest: in this process (--watch"), output.toString());
            assertTrue(output.toString().contains("1 files in "), output.toString());

            Path added = Files.writeString(watched.resolve("added.txt"), "Protocol between Zorbland and Quuxia.");
            awaitOutput(output, "Watch: 2 files in ");
            assertTrue(output.toString().matches("(?s).*Watch: 2 files in [^\n]*: 1 indexed, 0 updated, 1 unchanged.*"),
                    output.toString());
            Files.delete(added);
            awaitOutput(output, " 1 pruned");

            new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor(); // our child, by its pid
            assertTrue(cli.waitFor(2, TimeUnit.MINUTES), "Ctrl-C ends the watch");
            reader.join(10_000);
        } finally {
            cli.destroyForcibly();
        }
        assertEquals(130, cli.exitValue(), "ended by SIGINT: " + output);
        assertEquals(1, PactaProcess.run(dataDir, "es", "status").exitCode(), "the node the run started is stopped with it");
    }

    private static void awaitOutput(StringBuffer output, String text) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.indexOf(text) >= 0) {
                return;
            }
            Thread.sleep(100);
        }
        fail("no '" + text + "' within " + PATIENCE + " in:\n" + output);
    }

    private int port;

    private Process start(Map<String, String> env, String log) throws Exception {
        port = PactaProcess.freePort();
        Process serve = ServeProcess.serve(dataDir, env, port, log);
        ServeProcess.awaitHealth(port, serve, dataDir.resolve(log));
        return serve;
    }

    private static void stop(Process serve) throws InterruptedException {
        serve.destroy();
        serve.waitFor(90, TimeUnit.SECONDS);
        serve.destroyForcibly();
    }

    /** The oldest job this server ran: the comparison of the watched folder with the archive at start. */
    private JsonNode firstWatchJob() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode jobs = getJson("http://127.0.0.1:" + port + "/api/ingest-jobs").get("jobs");
            JsonNode oldest = jobs.get(jobs.size() - 1);
            if (oldest.get("state").asText().equals("DONE")) {
                assertEquals("WATCH", oldest.get("origin").asText());
                return oldest;
            }
            Thread.sleep(200);
        }
        fail("the start's watch job did not finish");
        return null;
    }

    private long searchTotal() throws IOException {
        return getJson("http://127.0.0.1:" + port + "/api/search?size=1").get("total").asLong();
    }

    /** Through the API, without refreshing the index ourselves: what a user would see. */
    private void awaitSearchTotal(long total) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (searchTotal() >= total) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not searchable within " + PATIENCE);
    }

    /** Waits until the archive's files under the watched folder (path → document id) satisfy the condition. */
    private void awaitArchive(String what, Predicate<Map<String, String>> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, String> files = Map.of();
        while (System.nanoTime() < deadline) {
            files = archivedFiles();
            if (condition.test(files)) {
                return;
            }
            Thread.sleep(250);
        }
        fail(what + ": not reached within " + PATIENCE + "; archived: " + files.keySet());
    }

    /** Each archived path under the watched folder with its document; a path in two documents fails the test. */
    private Map<String, String> archivedFiles() throws IOException {
        String node = nodeUrl(dataDir);
        send(HttpRequest.newBuilder(URI.create(node + "/pacta-documents/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode hits = getJson(node + "/pacta-documents/_search?size=10000&_source=source_paths");
        assertNotNull(hits.get("hits"), hits.toString());
        Map<String, String> files = new HashMap<>();
        String root = real(watched);
        for (JsonNode hit : hits.get("hits").get("hits")) {
            for (JsonNode path : hit.path("_source").path("source_paths")) {
                if (path.asText().startsWith(root + "/")) {
                    String before = files.put(path.asText(), hit.get("_id").asText());
                    assertFalse(before != null, path.asText() + " is archived twice: " + before + ", " + hit.get("_id"));
                }
            }
        }
        return files;
    }

    /** Ten chunks 300 ms apart, as a slow network copy writes. */
    private static Path copySlowly(Path target) throws Exception {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int chunk = 0; chunk < 10; chunk++) {
                out.write(("Article " + chunk + ". The Parties shall cooperate on customs matters between Zorbland "
                        + "and Quuxia.\n").getBytes());
                out.flush();
                Thread.sleep(300);
            }
        }
        return target;
    }

    private static Path onePdf() throws IOException {
        try (var files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    private static String real(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString(); // a deleted file: its path as it was
        }
    }
}
