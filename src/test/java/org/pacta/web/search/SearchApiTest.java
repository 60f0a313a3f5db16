package org.pacta.web.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.service.IngestedCorpus;
import org.pacta.web.LocalApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search API over the ingested shared corpus, as a client sees it. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiTest {

    @Value("${local.server.port}")
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void onTheIngestedCorpus(DynamicPropertyRegistry registry) {
        IngestedCorpus.serveFrom(registry);
    }

    @Test
    void foldingFindsTurkiyeWithoutItsDiacritic() throws Exception {
        JsonNode result = search("q=Turkiye");
        assertTrue(fileNames(result).containsAll(Set.of("000_519bf24fa49fa326.txt", "001_fa9b40200313cc7b.txt")),
                result.toString());
    }

    @Test
    void stemmingMakesSingularAndPluralFindTheSame() throws Exception {
        long singular = search("q=agreement").get("total").asLong();
        assertTrue(singular > 50, "most of the corpus speaks of agreements: " + singular);
        assertEquals(singular, search("q=agreements").get("total").asLong());
    }

    @Test
    void phrasesExclusionsAndOr() throws Exception {
        Set<String> phrase = fileNames(search("q=" + enc("\"Strengthening Mutual Military Security\"")));
        assertTrue(phrase.containsAll(Set.of("000_519bf24fa49fa326.txt", "001_fa9b40200313cc7b.txt")), phrase.toString());
        Set<String> withoutArmenia = fileNames(search("q=" + enc("\"Mutual Military Security\" -Armenia")));
        assertTrue(withoutArmenia.contains("000_519bf24fa49fa326.txt"), withoutArmenia.toString());
        assertTrue(!withoutArmenia.contains("001_fa9b40200313cc7b.txt"), "001 mentions Armenia: " + withoutArmenia);
        long either = search("q=" + enc("Shusha OR Lomé")).get("total").asLong();
        assertTrue(either >= search("q=Shusha").get("total").asLong());
    }

    @Test
    void aPartyCanBeNamedInAnyLanguage() throws Exception {
        Set<String> turkey = fileNames(search("party=TUR"));
        assertTrue(turkey.containsAll(Set.of("000_519bf24fa49fa326.txt", "001_fa9b40200313cc7b.txt")), turkey.toString());
        assertEquals(turkey, fileNames(search("party=Turquie")));
        assertEquals(turkey, fileNames(search("party=" + enc("Türkiye"))));
        assertEquals(400, get("/api/search?party=Atlantis").statusCode());
        JsonNode hit = search("party=TUR").get("hits").get(0);
        assertTrue(hit.get("parties").toString().contains("{\"code\":\"TUR\",\"name\":\"Türkiye\"}"), hit.toString());
    }

    @Test
    void allPartiesOrAnyOfThem() throws Exception {
        long japanAndThailand = search("party=JPN&party=THA").get("total").asLong();
        long japanOrThailand = search("party=JPN&party=THA&party_mode=any").get("total").asLong();
        long japan = search("party=JPN").get("total").asLong();
        assertTrue(japanAndThailand >= 1);
        assertTrue(japanOrThailand >= japan && japan >= japanAndThailand,
                japanAndThailand + " ≤ " + japan + " ≤ " + japanOrThailand);
    }

    @Test
    void eachFacetIsCountedUnderTheOtherFilters() throws Exception {
        JsonNode all = search("");
        JsonNode turkey = search("party=TUR");
        // The selected facet keeps its siblings: other parties are still offered, with their full counts.
        assertEquals(bucketCount(all, "parties", "JPN"), bucketCount(turkey, "parties", "JPN"));
        // Every other facet narrows to the selection.
        long turkeyDocuments = turkey.get("total").asLong();
        long yearsSum = 0;
        for (JsonNode bucket : turkey.get("facets").get("years")) {
            yearsSum += bucket.get("count").asLong();
        }
        assertTrue(yearsSum <= turkeyDocuments && yearsSum >= 2, turkey.get("facets").get("years").toString());
        assertEquals(2, bucketCount(turkey, "years", "2025"), turkey.get("facets").get("years").toString());
        assertTrue(bucketCount(all, "years", "2025") >= 2);
    }

    @Test
    void showAllFacetValuesReallyShowsAllAndPlacesAreNamed() throws Exception {
        JsonNode facets = search("").get("facets");
        assertTrue(facets.get("parties").size() > 50, "every party of the archive, not the first 50: " + facets.get("parties").size());
        assertTrue(facets.get("place").size() > 50, "every place of the archive: " + facets.get("place").size());
        JsonNode istanbul = null;
        for (JsonNode bucket : facets.get("place")) {
            if (bucket.get("key").asText().equals("istanbul")) {
                istanbul = bucket;
            }
        }
        assertTrue(istanbul != null, facets.get("place").toString());
        assertEquals("Istanbul", istanbul.get("label").asText(), "a place is labelled as written, its key is folded");
    }

    @Test
    void yearRangePlaceAndSortFilterWhatUsersSee() throws Exception {
        JsonNode range = search("year_from=1990&year_to=1999&size=100&sort=signed_asc");
        assertTrue(range.get("total").asLong() > 0);
        String previous = "";
        for (JsonNode hit : range.get("hits")) {
            String date = hit.get("signed_date").asText();
            assertTrue(date.compareTo("1990-01-01") >= 0 && date.compareTo("1999-12-31") <= 0, date);
            assertTrue(date.compareTo(previous) >= 0, "ascending: " + previous + " then " + date);
            previous = date;
        }
        Set<String> istanbul = fileNames(search("place=istanbul"));
        assertTrue(istanbul.contains("000_519bf24fa49fa326.txt"), istanbul.toString());
        assertEquals(istanbul, fileNames(search("place=ISTANBUL")));
    }

    @Test
    void statusTypeAndLanguageFilters() throws Exception {
        assertTrue(fileNames(search("status=ratified")).contains("001_fa9b40200313cc7b.txt"));
        assertTrue(!fileNames(search("status=ratified")).contains("000_519bf24fa49fa326.txt"));
        Set<String> memoranda = fileNames(search("type=memorandum&size=100"));
        assertTrue(memoranda.containsAll(Set.of("000_519bf24fa49fa326.txt", "001_fa9b40200313cc7b.txt")), memoranda.toString());
        long english = search("language=en").get("total").asLong();
        long spanish = search("language=es").get("total").asLong();
        assertTrue(spanish >= 1 && english > spanish, english + " en, " + spanish + " es");
        assertEquals(english + spanish, search("language=en&language=es").get("total").asLong());
    }

    @Test
    void partiesAutocompleteByCodeOrName() throws Exception {
        JsonNode parties = json.readTree(get("/api/parties?prefix=tu").body());
        boolean turkey = false;
        for (JsonNode party : parties) {
            turkey |= party.get("code").asText().equals("TUR") && party.get("name").asText().equals("Türkiye")
                    && party.get("count").asInt() >= 2;
        }
        assertTrue(turkey, parties.toString());
        assertTrue(json.readTree(get("/api/parties?prefix=j").body()).toString().contains("\"code\":\"JPN\""));
    }

    @Test
    void malformedQueriesDegradeInsteadOfFailing() throws Exception {
        for (String query : List.of("\"unclosed phrase", "((( AND OR", "-", "*", "field:value]")) {
            HttpResponse<String> response = get("/api/search?q=" + enc(query));
            assertEquals(200, response.statusCode(), query + " → " + response.body());
        }
    }

    @Test
    void titlesComePlainWithASeparateHighlight() throws Exception {
        JsonNode hit = search("q=" + enc("Korea \"30th day of June, 2007\"")).get("hits").get(0);
        assertEquals("Free Trade Agreement between the Republic of Korea and the United States of America",
                hit.get("title").asText());
        assertTrue(hit.get("title_highlight").asText().contains("<mark>Korea</mark>"), hit.toString());
        JsonNode unmatched = search("q=Shusha").get("hits").get(0);
        assertTrue(unmatched.get("title_highlight").isNull(), unmatched.toString());
    }

    @Test
    void snippetsHighlightTheWordsFound() throws Exception {
        JsonNode hit = search("q=Shusha").get("hits").get(0);
        String snippets = hit.get("snippets").toString();
        assertTrue(snippets.contains("<mark>Shusha</mark>"), snippets);
    }

    @Test
    void pagesAndCursorsWalkEveryHitOnce() throws Exception {
        long total = search("q=agreement&size=100").get("total").asLong();
        Set<String> seen = new HashSet<>();
        JsonNode page = search("q=agreement&size=7");
        int pages = 0;
        while (true) {
            page.get("hits").forEach(h -> assertTrue(seen.add(h.get("id").asText()), "seen twice: " + h));
            pages++;
            if (page.get("next").isNull()) {
                break;
            }
            page = search("q=agreement&size=7&search_after=" + page.get("next").asText());
        }
        assertEquals(total, seen.size());
        assertTrue(pages > 5);
        JsonNode second = search("q=agreement&size=7&page=1");
        assertEquals(7, second.get("hits").size());
    }

    @Test
    void exportGivesEveryMatchNotOnePage() throws Exception {
        long total = search("").get("total").asLong();
        assertTrue(total > 20);
        HttpResponse<String> csv = get("/api/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("content_sha256,title,parties"), lines.get(0));
        // Some cells hold line breaks inside quotes; count records by their leading hash instead.
        assertEquals(total, lines.stream().filter(l -> l.matches("^[0-9a-f]{64},.*")).count());
        JsonNode exported = json.readTree(get("/api/export?format=json&q=agreement").body());
        assertEquals(search("q=agreement").get("total").asLong(), exported.size());
    }

    @Test
    void badParametersAreExplained() throws Exception {
        HttpResponse<String> unknown = get("/api/search?q=x&colour=red");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").contains("application/problem+json"));
        assertTrue(json.readTree(unknown.body()).get("detail").asText().contains("colour"), unknown.body());
        assertEquals(400, get("/api/search?size=101").statusCode());
        assertEquals(400, get("/api/search?year_from=abc").statusCode());
        assertEquals(400, get("/api/search?sort=sideways").statusCode());
        assertEquals(404, get("/api/documents/" + "0".repeat(64)).statusCode());
    }

    @Test
    void aDocumentComesWithItsTextPageByPageAndItsOriginal() throws Exception {
        JsonNode hit = search("q=" + enc("\"30th day of June, 2007\"")).get("hits").get(0);
        assertEquals("tota_159.pdf", hit.get("file_name").asText());
        String id = hit.get("id").asText();
        JsonNode document = json.readTree(get("/api/documents/" + id + "?text_offset=1000&text_length=500").body());
        assertEquals(500, document.get("text").get("content").asText().length());
        assertTrue(document.get("text").get("total").asInt() > 100_000);
        assertEquals(139, document.get("pages").asInt());
        assertNull(document.get("body"), "the text comes paged, not whole");

        HttpResponse<byte[]> original = http.send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/original")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, original.statusCode());
        assertEquals("application/pdf", original.headers().firstValue("Content-Type").orElse(""));
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains("tota_159.pdf"));
        assertArrayEquals(Files.readAllBytes(IngestedCorpus.FOLDERS.get(0).resolve("agreements/tota_159.pdf")),
                original.body());
    }

    @Test
    void readFieldsComeWithTheirEvidence() throws Exception {
        JsonNode hit = search("q=" + enc("\"granting legal force\"")).get("hits").get(0);
        assertEquals("001_fa9b40200313cc7b.txt", hit.get("file_name").asText());
        assertEquals("2025-07-22", hit.get("signed_date").asText());
        assertEquals("ratified", hit.get("status").asText());
        JsonNode document = json.readTree(get("/api/documents/" + hit.get("id").asText()).body());
        JsonNode evidence = document.get("evidence").get("signed_date");
        assertTrue(evidence.get("sentence").asText().contains("July 22, 2025"), evidence.toString());
        String text = document.get("text").get("content").asText();
        assertEquals(evidence.get("sentence").asText(),
                text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), "offsets point at the sentence");
    }

    private JsonNode search(String query) throws IOException, InterruptedException {
        return api().getJson("/api/search?" + query);
    }

    private static long bucketCount(JsonNode result, String facet, String key) {
        for (JsonNode bucket : result.get("facets").get(facet)) {
            if (bucket.get("key").asText().equals(key)) {
                return bucket.get("count").asLong();
            }
        }
        return 0;
    }

    private static Set<String> fileNames(JsonNode result) {
        Set<String> names = new HashSet<>();
        result.get("hits").forEach(h -> names.add(h.get("file_name").asText()));
        return names;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api().get(path);
    }

    private URI uri(String path) {
        return api().uri(path);
    }

    private LocalApi api() {
        return new LocalApi(port);
    }

    private static String enc(String s) {
        return LocalApi.enc(s);
    }
}
