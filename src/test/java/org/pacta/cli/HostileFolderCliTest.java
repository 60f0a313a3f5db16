package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.extraction.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pacta ingest} on folders of hostile files: exit 3, each bad file reported with its reason, the good ones archived. */
class HostileFolderCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void badFilesAreReportedAndTheRunGoesOn() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("hostile");
        Path folder = Files.createDirectories(dataDir.resolve("inbox"));
        Files.writeString(folder.resolve("treaty.txt"), "Treaty of friendship between Chile and Peru, done at Lima.");
        Fixtures.truncatedPdf(folder);                                           // truncated.pdf
        Fixtures.encryptedPdf(folder);                                           // encrypted.pdf
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Fixtures.write(folder.resolve("scan.pdf"), Fixtures.pngWithText("FIXTURE 4711")); // a PNG named .pdf
        byte[] inner = Fixtures.zip("inner.txt", "Protocol on customs cooperation, signed at Quito.");
        Fixtures.write(folder.resolve("bundle.zip"), Fixtures.zip("outer.txt", "Exchange of notes on visas.",
                "inner.zip", inner));

        String prefix = TestElasticsearch.uniquePrefix("hostile");
        PactaProcess.Result run = ingest(dataDir, prefix, Map.of(), folder);

        assertEquals(3, run.exitCode(), run.output());
        assertTrue(run.output().contains("3 indexed"), run.output());
        assertTrue(run.output().contains("3 failed"), run.output());
        // the output is a pipe, not a terminal: progress as plain lines, no redrawn bar
        assertFalse(run.output().contains("\r"), "no carriage return in a log: " + run.output());
        assertTrue(run.output().contains("Ingest: 6/6 files (100 %)"), run.output());
        assertEquals(Map.of("truncated.pdf", "corrupt", "encrypted.pdf", "encrypted", "empty.pdf", "empty"),
                reasons(run));

        Map<String, Object> byName = new HashMap<>();
        documents(prefix).forEach(d -> byName.put((String) d.get("file_name"), d.get("content_type")));
        assertEquals(Map.of("treaty.txt", "text/plain", "scan.pdf", "image/png", "bundle.zip", "application/zip",
                "outer.txt", "text/plain", "inner.zip", "application/zip", "inner.txt", "text/plain"),
                withoutParameters(byName), "the nested archive and its member are documents too");
        for (String gone : List.of("truncated.pdf", "encrypted.pdf", "empty.pdf")) {
            assertTrue(!byName.containsKey(gone), gone + " must not be archived");
        }
    }

    /**
     * The whole fixture set of issue #8: every file ends with a recorded reason or a safe success, the
     * run goes on, and nothing outside the folder is read or written.
     */
    @Test
    void everyHostileInputEndsWithAReasonOrASafeSuccess() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("hostile-set");
        Path folder = Files.createDirectories(dataDir.resolve("inbox"));
        Path outside = HostileFiles.outside(dataDir.resolve("outside"), "Not for Pacta: " + HostileFiles.OUTSIDE_SECRET);

        Files.writeString(folder.resolve("treaty.txt"), "Treaty of friendship between Chile and Peru, done at Lima.");
        HostileFiles.sparseFile(folder.resolve("huge.pdf"), 500L * 1024 * 1024);
        HostileFiles.flatZipBomb(folder.resolve("flat-bomb.zip"), 1L << 30);
        HostileFiles.nestedZipBomb(folder.resolve("nested-bomb.zip"), 4, 10);
        HostileFiles.deeplyNestedZip(folder.resolve("deep.zip"), HostileFiles.NESTING);
        HostileFiles.zipSlip(folder.resolve("zip-slip.zip"));
        Fixtures.write(folder.resolve("really-a-pdf.txt"), Fixtures.textPdf(List.of("Agreement on air transport.")));
        Fixtures.write(folder.resolve("invalid-utf8.txt"), Fixtures.invalidUtf8(
                "Agreement on fisheries between Norway and Iceland, done at Reykjavik. ".repeat(20)));
        Fixtures.write(folder.resolve("broken-utf16.txt"), Fixtures.utf16WithoutBom(
                "Convention on the protection of migratory birds, signed at Bonn. ".repeat(20)));
        Fixtures.write(folder.resolve("hostile.html"), Fixtures.hostileHtml(), StandardCharsets.UTF_8);
        List<String> oddNames = List.of("new\nline.txt", "x".repeat(246) + ".txt", "اتفاقية التجارة.txt",
                "Соглашение о торговле.txt", "贸易协定.txt");
        for (String name : oddNames) {
            HostileFiles.named(folder, name, "Trade agreement filed as " + name.length() + " characters of name.");
        }
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), folder);                 // a directory loop
        Files.createSymbolicLink(folder.resolve("secret-link.txt"), outside);  // a file outside the root
        Files.createSymbolicLink(folder.resolve("outside-dir"), outside.getParent());
        assertFalse(Files.exists(Path.of("/tmp/absolute-zip-slip.txt")));

        String prefix = TestElasticsearch.uniquePrefix("hostileset");
        PactaProcess.Result run = ingest(dataDir, prefix, Map.of("PACTA_MAX_FILE_SIZE", "100MB"), folder);

        assertEquals(3, run.exitCode(), run.output());
        String link = "symbolic link, not followed";
        assertEquals(Map.of("huge.pdf", "too_large", "flat-bomb.zip", "too_large", "nested-bomb.zip", "too_large",
                "loop", link, "secret-link.txt", link, "outside-dir", link), reasons(run),
                "every other file is archived: " + run.output());

        Map<String, Map<String, Object>> byName = new HashMap<>();
        List<Map<String, Object>> documents = documents(prefix);
        documents.forEach(d -> byName.put((String) d.get("file_name"), d));
        assertTrue(byName.containsKey("treaty.txt"), "the run went on");
        for (String name : oddNames) {
            assertTrue(byName.containsKey(name), "odd name archived as it is: " + name.replace("\n", "\\n"));
        }
        assertTrue(content(byName, "really-a-pdf.txt").startsWith("application/pdf"), "the bytes decide, not the name");
        assertTrue(body(byName, "invalid-utf8.txt").contains("done at Reykjavik"));
        assertTrue(body(byName, "broken-utf16.txt").contains("migratory birds, signed at Bonn"),
                "UTF-16 without a byte-order mark is decoded as UTF-16");
        assertTrue(body(byName, "hostile.html").contains(Fixtures.HOSTILE_MARKUP),
                "the page's visible markup is kept as text: " + body(byName, "hostile.html"));
        assertFalse(body(byName, "hostile.html").contains("executed"), "script code is not text");

        assertTrue(body(byName, "level5.txt").contains("nesting level 5"), "members within the depth bound");
        assertTrue(String.valueOf(byName.get("level6.zip").get("extraction_warnings")).contains("nested deeper"),
                "the archive at the bound is kept, with the reason its members were not read");
        assertFalse(byName.containsKey("level6.txt") || byName.containsKey("bottom.txt"), "deeper members unopened");

        assertTrue(body(byName, "inside.txt").contains("stays inside"));
        assertTrue(body(byName, "escaped-by-zip-slip.txt").contains("climb out"), "a member, archived as text only");
        for (Map<String, Object> document : documents) {
            assertFalse(String.valueOf(document.get("body")).contains(HostileFiles.OUTSIDE_SECRET),
                    "read outside the root: " + document.get("source_paths"));
        }
        assertFalse(Files.exists(Path.of("/tmp/absolute-zip-slip.txt")), "zip-slip member written to disk");
        for (Path base : List.of(folder, dataDir.resolve("blobs/tmp"), Path.of("").toAbsolutePath())) {
            Path climbed = base.resolve(HostileFiles.ZIP_SLIP_MEMBER).normalize();
            assertFalse(Files.exists(climbed), "zip-slip member written to " + climbed);
        }
        try (var home = Files.walk(dataDir)) {
            assertTrue(home.noneMatch(p -> p.getFileName().toString().startsWith("escaped-by-zip-slip")),
                    "zip-slip member written into the data dir");
        }
        try (var blobs = Files.walk(dataDir.resolve("blobs"))) {
            assertTrue(blobs.filter(Files::isRegularFile).allMatch(b -> b.toFile().length() < 100L * 1024 * 1024),
                    "the 500 MB file is refused before it is read into the blob store");
        }
    }

    /** A parser that runs past the per-document limit is stopped with reason timeout; the other files go on. */
    @Test
    void aDocumentOverTheTimeLimitIsStoppedAndTheRunGoesOn() throws Exception {
        Path dataDir = PactaProcess.freshDataDir("hostile-slow");
        Path folder = Files.createDirectories(dataDir.resolve("inbox"));
        Files.writeString(folder.resolve("treaty.txt"), "Treaty of friendship between Chile and Peru, done at Lima.");
        HostileFiles.slowPdf(folder.resolve("slow.pdf"), 50_000);
        assertTrue(Files.size(folder.resolve("slow.pdf")) < 10_000_000, "small to store, slow to read");

        String prefix = TestElasticsearch.uniquePrefix("hostileslow");
        PactaProcess.Result run = ingest(dataDir, prefix, Map.of("PACTA_INGEST_TIMEOUT", "5s"), folder);

        assertEquals(3, run.exitCode(), run.output());
        assertEquals(Map.of("slow.pdf", "timeout"), reasons(run));
        assertEquals(List.of("treaty.txt"), documents(prefix).stream().map(d -> d.get("file_name")).toList());
    }

    private static PactaProcess.Result ingest(Path dataDir, String prefix, Map<String, String> settings, Path folder) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("PACTA_ES_URL", TestElasticsearch.shared().settings().nodes().get(0).toString());
        env.put("PACTA_ES_INDEX_PREFIX", prefix);
        return PactaProcess.run(dataDir, env, "ingest", folder.toString());
    }

    /** File name → reason (failures) or message (skipped files) from the run's report. */
    private static Map<String, String> reasons(PactaProcess.Result run) throws IOException {
        Matcher reportLine = Pattern.compile("Report: (\\S+)").matcher(run.output());
        assertTrue(reportLine.find(), run.output());
        Map<String, String> reasons = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(reportLine.group(1)), StandardCharsets.UTF_8)) {
            JsonNode entry = JSON.readTree(line);
            JsonNode reason = entry.get("reason");
            reasons.put(Path.of(entry.get("path").asText()).getFileName().toString(),
                    reason.isNull() ? entry.get("message").asText() : reason.asText());
        }
        return reasons;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String prefix) throws IOException {
        var client = TestElasticsearch.shared().connection().client();
        client.indices().refresh(r -> r.index(prefix + "-documents"));
        return client.search(s -> s.index(prefix + "-documents").size(1000).query(q -> q.matchAll(m -> m)), Map.class)
                .hits().hits().stream().map(h -> (Map<String, Object>) h.source()).toList();
    }

    private static String body(Map<String, Map<String, Object>> byName, String name) {
        assertTrue(byName.containsKey(name), name + " not archived: " + byName.keySet());
        return String.valueOf(byName.get(name).get("body"));
    }

    private static String content(Map<String, Map<String, Object>> byName, String name) {
        assertTrue(byName.containsKey(name), name + " not archived: " + byName.keySet());
        return String.valueOf(byName.get(name).get("content_type"));
    }

    private static Map<String, Object> withoutParameters(Map<String, Object> contentTypes) {
        Map<String, Object> plain = new HashMap<>();
        contentTypes.forEach((name, type) -> plain.put(name, type == null ? null : type.toString().split(";")[0]));
        return plain;
    }
}
