package org.pacta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.ingest.extract.Fixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pacta ingest} on a folder of bad files: exit 3, each bad file reported with its reason, the good ones archived. */
class HostileFolderCliTest {

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
        PactaProcess.Result run = PactaProcess.run(dataDir, Map.of(
                "PACTA_ES_URL", TestElasticsearch.shared().settings().nodes().get(0).toString(),
                "PACTA_ES_INDEX_PREFIX", prefix), "ingest", folder.toString());

        assertEquals(3, run.exitCode(), run.output());
        assertTrue(run.output().contains("3 indexed"), run.output());
        assertTrue(run.output().contains("3 failed"), run.output());

        Matcher reportLine = Pattern.compile("Report: (\\S+)").matcher(run.output());
        assertTrue(reportLine.find(), run.output());
        Map<String, String> reasons = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(reportLine.group(1)), StandardCharsets.UTF_8)) {
            JsonNode entry = json.readTree(line);
            reasons.put(Path.of(entry.get("path").asText()).getFileName().toString(), entry.get("reason").asText());
        }
        assertEquals(Map.of("truncated.pdf", "corrupt", "encrypted.pdf", "encrypted", "empty.pdf", "empty"), reasons);

        var client = TestElasticsearch.shared().connection().client();
        var hits = client.search(s -> s.index(prefix + "-documents").size(20)
                .query(q -> q.matchAll(m -> m)), Map.class).hits().hits();
        Map<String, Object> byName = new HashMap<>();
        hits.forEach(h -> byName.put((String) h.source().get("file_name"), h.source().get("content_type")));
        assertEquals(Map.of("treaty.txt", "text/plain", "scan.pdf", "image/png", "bundle.zip", "application/zip",
                "outer.txt", "text/plain", "inner.zip", "application/zip", "inner.txt", "text/plain"),
                withoutParameters(byName), "the nested archive and its member are documents too");
        for (String gone : List.of("truncated.pdf", "encrypted.pdf", "empty.pdf")) {
            assertTrue(!byName.containsKey(gone), gone + " must not be archived");
        }
    }

    private static Map<String, Object> withoutParameters(Map<String, Object> contentTypes) {
        Map<String, Object> plain = new HashMap<>();
        contentTypes.forEach((name, type) -> plain.put(name, type == null ? null : type.toString().split(";")[0]));
        return plain;
    }
}
