package org.pacta.web.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.service.IngestedCorpus;
import org.pacta.web.LocalApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article-level search over the ingested corpus: a phrase leads to its article, its page, its place. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassageSearchApiTest {

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void onTheIngestedCorpus(DynamicPropertyRegistry registry) {
        IngestedCorpus.serveFrom(registry);
    }

    @Test
    void aPhraseFromArticle24FindsItsTreatyWithThatLocator() throws Exception {
        String id = documentId("agreements/tota_1.txt");
        JsonNode article = passageWhere(id, p -> p.get("locator").asText().toLowerCase(Locale.ROOT).matches(".*article 24\\b.*"));
        String phrase = phraseFrom(id, article);

        JsonNode hit = hitOf(search("q=" + LocalApi.enc("\"" + phrase + "\"")), id);
        JsonNode best = hit.get("passages").get(0);
        assertTrue(best.get("locator").asText().toLowerCase(Locale.ROOT).contains("article 24"), best.toString());
        assertEquals(article.get("ordinal").asInt(), best.get("ordinal").asInt());
        assertTrue(best.get("snippet").asText().contains("<mark>"), best.toString());
        assertTrue(best.get("link").asText().startsWith("/doc.html?id=" + id + "&q="), best.toString());
        assertTrue(best.get("link").asText().endsWith("#p-" + best.get("ordinal").asInt()), best.toString());
    }

    @Test
    void aPhraseFromOnePageOfALongPdfGivesThatPage() throws Exception {
        String id = documentId("agreements/tota_159.pdf");
        JsonNode onPage = passageWhere(id, p -> p.hasNonNull("page") && p.get("page").asInt() >= 70
                && p.get("end").asInt() - p.get("start").asInt() > 400);
        String phrase = phraseFrom(id, onPage);

        JsonNode hit = hitOf(search("q=" + LocalApi.enc("\"" + phrase + "\"")), id);
        List<Integer> pages = new ArrayList<>();
        hit.get("passages").forEach(p -> pages.add(p.get("page").asInt()));
        assertEquals(onPage.get("page").asInt(), pages.get(0), hit.get("passages").toString());
    }

    @Test
    void aSpanishTreatyIsCitedByArticulo() throws Exception {
        JsonNode contents = api().getJson("/api/documents/" + documentId("agreements/tota_123.html") + "/passages");
        long articulos = 0;
        for (JsonNode passage : contents) {
            if (passage.get("locator").asText().contains("Artículo")) {
                articulos++;
            }
        }
        assertTrue(articulos >= 10, articulos + " of " + contents.size() + " passages cited by Artículo: " + contents);
    }

    @Test
    void aDocumentsMatchesComeInTextOrderAndItsContentsCoverItsText() throws Exception {
        String id = documentId("agreements/tota_1.txt");
        JsonNode matches = api().getJson("/api/documents/" + id + "/passages?q=" + LocalApi.enc("dispute settlement"));
        assertTrue(matches.size() >= 2, matches.toString());
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i).get("ordinal").asInt() > matches.get(i - 1).get("ordinal").asInt());
        }
        JsonNode contents = api().getJson("/api/documents/" + id + "/passages");
        assertEquals(0, contents.get(0).get("start").asInt());
        for (int i = 1; i < contents.size(); i++) {
            assertEquals(contents.get(i - 1).get("end").asInt(), contents.get(i).get("start").asInt(), "passages tile the text");
        }
        long length = api().getJson("/api/documents/" + id + "?text_length=0").get("text").get("total").asLong();
        assertEquals(length, contents.get(contents.size() - 1).get("end").asLong());
        assertTrue(contents.get(0).get("snippet").isNull());
        assertEquals(400, api().get("/api/documents/not-a-document-id/passages").statusCode());
        assertEquals(404, api().get("/api/documents/" + "0".repeat(64) + "/passages").statusCode());
    }

    @Test
    void theFacetsOfAFilteredSearchCountDocumentsNotPassages() throws Exception {
        JsonNode filtered = search("q=agreement&year_from=1990");
        long total = filtered.get("total").asLong();
        assertTrue(total >= 5, filtered.toString());
        long typed = 0;
        for (JsonNode bucket : filtered.get("facets").get("type")) {
            long count = bucket.get("count").asLong();
            typed += count;
            String type = bucket.get("key").asText();
            assertEquals(count, search("q=agreement&year_from=1990&type=" + LocalApi.enc(type)).get("total").asLong(),
                    "the " + type + " bucket counts the documents a search for it finds");
        }
        assertTrue(typed <= total, typed + " typed of " + total);
    }

    private JsonNode search(String query) throws IOException, InterruptedException {
        return api().getJson("/api/search?" + query);
    }

    private static JsonNode hitOf(JsonNode result, String id) {
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("No hit for " + id + " in " + result);
    }

    private JsonNode passageWhere(String id, java.util.function.Predicate<JsonNode> wanted) throws Exception {
        JsonNode contents = api().getJson("/api/documents/" + id + "/passages");
        for (JsonNode passage : contents) {
            if (wanted.test(passage)) {
                return passage;
            }
        }
        throw new AssertionError("No such passage in " + contents);
    }

    /** Eight words from the middle of the passage's text (its heading lines left out), as a phrase to search. */
    private String phraseFrom(String id, JsonNode passage) throws Exception {
        int start = passage.get("start").asInt();
        int end = passage.get("end").asInt();
        String text = api().getJson("/api/documents/" + id + "?text_offset=" + start + "&text_length=" + (end - start))
                .get("text").get("content").asText();
        // Six words in a row with only spaces between them, as a person would copy them from the page.
        Matcher words = Pattern.compile("(?<![\\p{L}\\p{N}\\p{P}])\\p{L}{2,}(?:[ \\n]+\\p{L}{2,}){5}(?![\\p{L}\\p{N}\\p{P}])")
                .matcher(text);
        assertTrue(words.find(text.length() / 3) || words.find(0), "six words in a row in: " + text);
        return words.group().replaceAll("\\s+", " ");
    }

    private static String documentId(String corpusFile) throws Exception {
        Path file = IngestedCorpus.FOLDERS.get(0).resolve(corpusFile);
        assertNotNull(file);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private LocalApi api() {
        return new LocalApi(port);
    }
}
