package org.pacta.web.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.elasticsearch.testing.IndexProbe;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.service.IngestedCorpus;
import org.pacta.web.LocalApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreements of the ingested corpus and seeds, through the API, as a client sees them. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementApiTest {

    private static final String READING = "000_519bf24fa49fa326.txt";

    @Value("${local.server.port}")
    private int port;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void onTheIngestedCorpus(DynamicPropertyRegistry registry) {
        IngestedCorpus.serveFrom(registry);
    }

    @Test
    void everyAgreementTextOfTheCorpusIsAnAgreementOfItsOwn() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(shared("corpus/expected.jsonl"))) {
            JsonNode row = json.readTree(line);
            if (row.get("kind").asText().equals("agreement")) {
                texts.add(Path.of(row.get("file").asText()).getFileName().toString());
            }
        }
        assertEquals(61, texts.size());
        Set<String> agreementIds = new HashSet<>();
        for (String file : texts) {
            JsonNode agreement = agreementOf(file);
            assertTrue(agreementIds.add(agreement.get("id").asText()), file + " shares its agreement with another text");
            JsonNode full = getJson("/api/agreements/" + agreement.get("id").asText());
            long textsAndNews = stream(full.get("sources")).filter(s -> !s.get("role").asText().equals("document")).count();
            assertEquals(1, textsAndNews, file + " was merged with " + full.get("sources"));
        }
        assertEquals(61, agreementIds.size());
    }

    @Test
    void theNigeriaDebtReschedulingsWithBritainAndWithFranceStayTwo() throws Exception {
        JsonNode britain = getJson("/api/agreements/" + agreementOf("reuters_8881.txt").get("id").asText());
        JsonNode france = getJson("/api/agreements/" + agreementOf("reuters_10525.html").get("id").asText());
        assertNotEquals(britain.get("id"), france.get("id"));
        assertEquals("[\"GBR\",\"NGA\"]", britain.get("parties").toString());
        assertEquals("[\"FRA\",\"NGA\"]", france.get("parties").toString());
    }

    @Test
    void theSeedMemorandumIsFoundByWordsPartiesAndItsStory() throws Exception {
        JsonNode byWord = getJson("/api/agreements?q=Shusha");
        assertEquals(1, byWord.get("total").asInt(), byWord.toString());
        JsonNode hit = byWord.get("hits").get(0);
        assertEquals("ratified", hit.get("status").asText());
        assertTrue(stream(hit.get("party_names")).anyMatch(p -> p.get("code").asText().equals("AZE")
                && p.get("name").asText().equals("Azerbaijan")), hit.toString());
        assertTrue(!hit.has("timeline"), "result lists leave the long parts out");

        JsonNode byParty = getJson("/api/agreements?party=" + enc("Azerbaïdjan") + "&party=Turquie&year_from=2025");
        assertEquals(1, byParty.get("total").asInt(), byParty.toString());
        assertEquals(hit.get("id"), byParty.get("hits").get(0).get("id"));
        assertTrue(byParty.get("facets").get("status").toString().contains("\"key\":\"ratified\""), byParty.toString());

        // a word only in an article's body finds the agreement through its document
        JsonNode byBody = getJson("/api/agreements?q=" + enc("\"Caucasus Eagle\""));
        assertEquals(hit.get("id"), byBody.get("hits").get(0).get("id"));

        JsonNode full = getJson("/api/agreements/" + hit.get("id").asText());
        List<String> story = stream(full.get("timeline"))
                .map(e -> e.get("kind").asText() + " " + e.get("date").asText() + " " + e.path("party_name").asText("-"))
                .toList();
        assertEquals(List.of("signed 2025-07-22 -", "approved in first reading 2025-12-16 Azerbaijan",
                "ratified 2025-12-25 Azerbaijan"), story);
        assertTrue(full.get("related").toString().contains("Shusha Declaration"), full.get("related").toString());

        JsonNode document = getJson("/api/documents/" + documentId(READING));
        assertEquals(hit.get("id"), document.get("agreement").get("id"), "the document page links to its agreement");
    }

    @Test
    void badRequestsGetProblemDetails() throws Exception {
        assertEquals(404, get("/api/agreements/ag-0000000000000000").statusCode());
        assertEquals(400, get("/api/agreements/" + enc("../etc")).statusCode());
        assertEquals(400, get("/api/agreements?language=en").statusCode(), "agreements have no language filter");
    }

    private JsonNode agreementOf(String fileName) throws Exception {
        JsonNode agreement = getJson("/api/documents/" + documentId(fileName)).get("agreement");
        assertTrue(agreement != null && !agreement.isNull(), fileName + " belongs to no agreement");
        return agreement;
    }

    private static final Map<String, String> IDS = new HashMap<>();

    @SuppressWarnings("rawtypes")
    private static synchronized String documentId(String fileName) throws IOException {
        if (IDS.isEmpty()) {
            IndexProbe.shared().search(IngestedCorpus.get().prefix() + "-documents", IndexProbe.matchAll(), 1000)
                    .forEach(hit -> IDS.put(String.valueOf(hit.source().get("file_name")), hit.id()));
        }
        String id = IDS.get(fileName);
        assertTrue(id != null, "no document " + fileName);
        return id;
    }

    private JsonNode getJson(String path) throws Exception {
        return new LocalApi(port).getJson(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new LocalApi(port).get(path);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static String enc(String s) {
        return LocalApi.enc(s);
    }

    private static Path shared(String relative) {
        return Path.of(System.getProperty("pacta.test.shared")).resolve(relative).normalize();
    }
}
