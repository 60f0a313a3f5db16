package org.pacta.service;

import org.junit.jupiter.api.Test;
import org.pacta.core.agreement.AgreementStore;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreements built by real ingests of the real seed articles into a real node: one agreement with its
 * whole story, the same whatever the order the articles arrive in, unchanged by a re-run, and mended
 * when a source goes away.
 */
class AgreementIngestTest {

    private static final Path SEEDS = TestArchive.shared("seeds");
    private static final String READING = "000_519bf24fa49fa326.txt";
    private static final String RATIFICATION = "001_fa9b40200313cc7b.txt";

    @Test
    void theSeedsMakeOneAgreementWithItsWholeStory() {
        TestArchive archive = new TestArchive("agreement-seeds");
        ingest(archive, List.of(SEEDS), false);
        List<Map<String, Object>> agreements = agreements(archive);
        assertEquals(1, agreements.size(), "one agreement, not two: " + agreements);
        Map<String, Object> a = agreements.get(0);
        assertEquals(List.of("AZE", "TUR"), a.get("parties"));
        assertEquals("2025-07-22", a.get("signed_date"));
        assertEquals("Istanbul", a.get("signed_place"));
        assertEquals("memorandum", a.get("type"));
        assertEquals("ratified", a.get("status"));
        assertEquals(List.of(Map.of("party", "AZE", "status", "ratified", "since", "2025-12-25"),
                Map.of("party", "TUR", "status", "signed", "since", "2025-07-22")), a.get("party_statuses"));
        List<Map<String, Object>> timeline = list(a, "timeline");
        assertEquals(List.of("signed 2025-07-22 null", "approved in first reading 2025-12-16 AZE",
                        "ratified 2025-12-25 AZE"),
                timeline.stream().map(e -> e.get("kind") + " " + e.get("date") + " " + e.get("party")).toList());
        assertEquals("Milli Majlis", timeline.get(2).get("body"));
        assertTrue(list(timeline.get(2), "sources").get(0).get("sentence").toString().contains("ratifying a Memorandum"));
        List<String> news = list(a, "sources").stream().filter(s -> s.get("role").equals("news"))
                .map(s -> s.get("file_name").toString()).sorted().toList();
        assertEquals(List.of(READING, RATIFICATION), news, "both articles are sources");
        Map<String, Object> shusha = list(a, "related").stream().filter(r -> r.get("name").equals("Shusha Declaration"))
                .findFirst().orElseThrow(() -> new AssertionError("no Shusha Declaration in " + a.get("related")));
        assertEquals(2021, shusha.get("year"));
        assertNull(shusha.get("agreement_id"), "the archive does not hold the declaration, so it is only mentioned");
    }

    @Test
    void theArticlesInEitherOrderGiveTheSameAgreementAndARerunWritesNothing() throws IOException {
        TestArchive forward = new TestArchive("agreement-forward");
        Path inbox = Files.createDirectories(forward.home.resolve("inbox"));
        copy(inbox, READING);
        ingest(forward, List.of(inbox), false);
        copy(inbox, RATIFICATION);
        ingest(forward, List.of(inbox), false);

        TestArchive backward = new TestArchive("agreement-backward");
        Path other = Files.createDirectories(backward.home.resolve("inbox"));
        copy(other, RATIFICATION);
        ingest(backward, List.of(other), false);
        copy(other, READING);
        ingest(backward, List.of(other), false);

        List<Map<String, Object>> a = withoutBuildTime(agreements(forward));
        assertEquals(1, a.size(), a.toString());
        assertEquals(a, withoutBuildTime(agreements(backward)));

        Object builtAt = agreements(forward).get(0).get("built_at");
        AgreementStore.Changes rerun = ingest(forward, List.of(inbox), false);
        assertEquals(new AgreementStore.Changes(0, 1, 0), rerun);
        assertEquals(builtAt, agreements(forward).get(0).get("built_at"), "not rewritten");
    }

    @Test
    void aSourceThatGoesAwayTakesItsEventsWithIt() throws IOException {
        TestArchive archive = new TestArchive("agreement-prune");
        Path inbox = Files.createDirectories(archive.home.resolve("inbox"));
        copy(inbox, READING);
        copy(inbox, RATIFICATION);
        ingest(archive, List.of(inbox), false);
        Files.delete(inbox.resolve(RATIFICATION));
        ingest(archive, List.of(inbox), true);

        List<Map<String, Object>> agreements = agreements(archive);
        assertEquals(1, agreements.size());
        Map<String, Object> a = agreements.get(0);
        assertEquals(List.of(READING), list(a, "sources").stream().map(s -> s.get("file_name")).toList());
        assertEquals(List.of("signed", "approved in first reading"),
                list(a, "timeline").stream().map(e -> e.get("kind")).toList(), "no orphan ratification");
        assertEquals("approved in first reading", a.get("status"));
        assertTrue(list(a, "related").isEmpty(), "the Shusha Declaration was named only by the pruned article");
    }

    @Test
    void aCuratedAgreementIdKeepsADocumentApart() throws IOException {
        TestArchive archive = new TestArchive("agreement-curated");
        Path inbox = Files.createDirectories(archive.home.resolve("inbox"));
        copy(inbox, READING);
        copy(inbox, RATIFICATION);
        Files.writeString(inbox.resolve(RATIFICATION + ".meta.yml"), "agreement_id: aze-tur-ratification-law\n");
        ingest(archive, List.of(inbox), false);
        List<Map<String, Object>> agreements = agreements(archive);
        assertEquals(2, agreements.size(), "the sidecar forbids the match: " + agreements);
        assertTrue(agreements.stream().anyMatch(a -> a.get("id").equals("aze-tur-ratification-law")));
    }

    private static AgreementStore.Changes ingest(TestArchive archive, List<Path> folders, boolean prune) {
        try (IngestComponents components = archive.components()) {
            return components.ingest(folders, new IngestOptions(2, prune, false, IngestOptions.DEFAULT_MAX_FILE_BYTES),
                    IngestListener.NONE).agreements();
        }
    }

    private static void copy(Path folder, String seed) throws IOException {
        Files.copy(SEEDS.resolve(seed), folder.resolve(seed), StandardCopyOption.REPLACE_EXISTING);
    }

    static List<Map<String, Object>> agreements(TestArchive archive) {
        archive.probe.refresh(archive.prefix + "-agreements");
        List<Map<String, Object>> out = new ArrayList<>(
                archive.probe.sources(archive.prefix + "-agreements", IndexProbe.matchAll(), 1000));
        out.sort(java.util.Comparator.comparing(m -> m.get("id").toString()));
        return out;
    }

    private static List<Map<String, Object>> withoutBuildTime(List<Map<String, Object>> agreements) {
        return agreements.stream().map(a -> {
            Map<String, Object> copy = new LinkedHashMap<>(a);
            copy.remove("built_at");
            return (Map<String, Object>) copy;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String field) {
        return (List<Map<String, Object>>) map.get(field);
    }
}
