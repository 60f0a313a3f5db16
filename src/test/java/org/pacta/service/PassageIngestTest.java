package org.pacta.service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document's passages follow it through ingest, a sidecar, a changed file and --prune. */
class PassageIngestTest {

    private static final String TREATY = """
            AGREEMENT BETWEEN THE KINGDOM OF NORWAY AND THE REPUBLIC OF ICELAND ON INVESTMENT

            Article 1
            Definitions

            For the purposes of this Agreement, "investor" means a national of a Party.

            Article 2
            Promotion of investment

            Each Party shall encourage investors of the other Party to make investments in its territory.

            Article 24
            Settlement of disputes between an investor and a Party

            An investor may submit to arbitration a claim that the other Party has breached an obligation.

            Done at Reykjavik on 4 March 2020, in two originals in the English language.
            """;

    private static TestArchive archive;
    private static IngestComponents components;
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        archive = new TestArchive("passage-ingest");
        components = archive.components();
        folder = Files.createDirectories(archive.home.resolve("inbox"));
    }

    @AfterAll
    static void tearDown() {
        components.close();
    }

    @Test
    void passagesFollowTheirDocument() throws IOException {
        Path treaty = folder.resolve("treaty.txt");
        Files.writeString(treaty, TREATY);
        assertEquals(1, ingest(false).count(Outcome.INDEXED));
        Map<String, Object> document = archive.documentAt(treaty);
        String first = (String) document.get("content_sha256");
        List<Map<String, Object>> passages = passagesOf(first);
        List<Object> locators = passages.stream().map(p -> p.get("locator")).toList();
        assertTrue(locators.containsAll(List.of("Article 1", "Article 2", "Article 24")), locators.toString());
        assertEquals(passages.size(), document.get("passage_count"));
        Map<String, Object> article24 = passages.get(locators.indexOf("Article 24"));
        assertTrue(((String) article24.get("text")).contains("submit to arbitration"), article24.toString());
        assertEquals(document.get("parties"), article24.get("parties"));
        assertEquals(2020, article24.get("signed_year"));

        // A sidecar's parties reach the passages.
        Files.writeString(folder.resolve("treaty.txt.meta.yml"), "parties: [NOR, ISL, LIE]\n");
        assertEquals(1, ingest(false).count(Outcome.UPDATED));
        assertTrue(passagesOf(first).stream().allMatch(p -> List.of("NOR", "ISL", "LIE").equals(p.get("parties"))),
                passagesOf(first).toString());

        // A changed file is a new document: the old one's passages go with it.
        Files.writeString(treaty, TREATY.replace("4 March 2020", "5 March 2020"));
        assertEquals(1, ingest(false).count(Outcome.UPDATED));
        String second = (String) archive.documentAt(treaty).get("content_sha256");
        assertFalse(second.equals(first));
        assertEquals(List.of(), passagesOf(first));
        assertEquals(passages.size(), passagesOf(second).size());

        // Pruned: no passage is left behind.
        Files.delete(treaty);
        IngestSummary pruned = ingest(true);
        assertEquals(1, pruned.count(Outcome.PRUNED), pruned.toString());
        assertEquals(0, archive.probe.count(passagesAlias(), IndexProbe.matchAll()));
    }

    private static IngestSummary ingest(boolean prune) {
        return components.ingest(List.of(folder), new IngestOptions(1, prune, false, IngestOptions.DEFAULT_MAX_FILE_BYTES),
                IngestListener.NONE).summary();
    }

    private static List<Map<String, Object>> passagesOf(String documentId) {
        archive.probe.refresh(passagesAlias());
        return archive.probe.sources(passagesAlias(), IndexProbe.term("document_id", documentId), 1000).stream()
                .sorted(Comparator.comparingInt(p -> ((Number) p.get("ordinal")).intValue())).toList();
    }

    private static String passagesAlias() {
        return archive.prefix + "-passages";
    }
}
