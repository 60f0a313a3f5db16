package org.pacta.metadata.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.metadata.MetadataExtractor;
import org.pacta.metadata.document.DocumentText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static GroundTruth truth(String file, List<String> parties, String date, String place, String status,
                                     String type, String statusProvenance) {
        return new GroundTruth(file, "news", parties, date, place, status, type, "en", null,
                statusProvenance == null ? Map.of() : Map.of("status", statusProvenance), null);
    }

    private static AgreementMetadata predicted(List<String> parties, String date, String place, String status, String type) {
        return new AgreementMetadata(null, parties, date == null ? null : LocalDate.parse(date), place, status, type,
                "en", null, List.of(), null, Set.of(), Map.of(), null, List.of(), List.of(), null);
    }

    @Test
    void scoresEachFieldByItsRule() {
        Report r = Evaluation.score(List.of(
                new Evaluation.Outcome(truth("a", List.of("AZE", "TUR"), "2025-07-22", "Genève", "ratified", "memorandum", "reading"),
                        predicted(List.of("AZE", "TUR", "ARM"), "2025-07-22", "GENEVE", "ratified", "Memorandum"), null),
                new Evaluation.Outcome(truth("b", List.of("JPN", "THA"), "2007-04-03", null, "in force", "agreement", "metadata"),
                        predicted(List.of("JPN"), "2007-04-04", "Tokyo", "signed", "agreement"), null),
                new Evaluation.Outcome(truth("c", List.of(), null, "Madrid", null, "protocol", null),
                        null, "unreadable")));
        // parties: c is unknown; tp = AZE, TUR, JPN; fp = ARM; fn = THA
        assertEquals(3, r.parties().truePositives());
        assertEquals(1, r.parties().falsePositives());
        assertEquals(1, r.parties().falseNegatives());
        assertEquals(0.75, r.parties().f1(), 1e-9);
        assertEquals(0.5, r.accuracy("signed_date"), 1e-9);
        assertEquals(0.5, r.accuracy("signed_place"), 1e-9); // Genève = GENEVE; Madrid missed; b skipped (null)
        assertEquals(2 / 3.0, r.accuracy("type"), 1e-9);
        assertEquals(1.0, r.accuracy("status"), 1e-9); // b's status comes from metadata: not scored
        assertEquals(1, r.fields().get("status").scored());
        assertEquals("parties_f1=0.75 signed_date=0.50 signed_place=0.50 type=0.67 status=1.00 files=3", r.summaryLine());
        String text = r.toText();
        assertTrue(text.endsWith(r.summaryLine() + "\n"));
        assertTrue(text.contains("provenance.status is exactly \"reading\""));
        assertTrue(text.contains("b: signed_date expected=2007-04-03 predicted=2007-04-04"));
        assertTrue(text.contains("c: ERROR unreadable"));
    }

    @Test
    void runsOverAFolderAndWritesJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), """
                Reuters, 2 March 1987

                DHAKA, March 2 - Bangladesh will receive a grant under an agreement signed here Saturday.""");
        Files.writeString(dir.resolve("expected.jsonl"), """
                {"file": "a.txt", "kind": "news", "parties": [], "signed_date": "1987-02-28", "signed_place": "Dhaka", "status": "signed", "type": "agreement", "provenance": {"status": "reading"}}
                {"file": "missing.txt", "kind": "news", "parties": [], "signed_date": null, "signed_place": null, "status": null, "type": "treaty", "provenance": {}}
                """);
        Report r = Evaluation.run(List.of(dir), p -> {
            try {
                return new DocumentText(Files.readString(p), null, p.getFileName().toString(), "en");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, new MetadataExtractor()::extract);
        assertEquals(2, r.files());
        assertEquals(1.0, r.accuracy("signed_date"));
        assertEquals(1.0, r.accuracy("signed_place"));
        assertEquals(1.0, r.accuracy("status"));
        assertEquals(0.5, r.accuracy("type"));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals(2, json.get("files").asInt());
        assertEquals(1.0, json.at("/fields/signed_date/accuracy").asDouble());
        assertTrue(json.at("/parties/f1").isNull()); // no party is known
        assertEquals(r.summaryLine(), json.get("summary").asText());
        assertTrue(json.at("/results/1/error").asText().startsWith("no such file"));
    }
}
