package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacta.service.ArchiveFolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agreement of "the European Community and its Member States" (a text written for this test,
 * signed in 1994) ingested by the real pipeline into a real node: its parties are the Community, the
 * twelve states that were members on the signing day and the partner, each with the reason why; the
 * party facet and the party filter count a member state for it; the agreement page shows the reasons.
 * Its own small archive, so that the corpus tests' counts stay as they are.
 */
class MemberStatesUiTest extends OwnArchiveUiTest {

    private static final String MIXED_AGREEMENT = """
            PARTNERSHIP AGREEMENT ON FISHERIES AND RIVERS
            The European Community and its Member States, of the one part, and the Republic of Moldova, of the other part,
            Considering the friendship between their peoples,
            Have agreed as follows:
            Article 1
            The Parties shall cooperate on the management of rivers and fisheries.
            Article 2
            This Agreement shall enter into force on the first day of the month after its approval.
            Done at Luxembourg on 28 November 1994.
            """;
    private static final String BILATERAL = """
            AGREEMENT BETWEEN THE KINGDOM OF BELGIUM AND THE REPUBLIC OF CHILE ON CULTURAL EXCHANGES
            The Kingdom of Belgium and the Republic of Chile,
            Desiring to strengthen their cultural ties,
            Have agreed as follows:
            Article 1
            The Parties shall encourage exchanges between their museums.
            Done at Santiago on 3 March 2001.
            """;
    private static final List<String> MEMBERS_IN_1994 =
            List.of("BEL", "DEU", "DNK", "ESP", "FRA", "GBR", "GRC", "IRL", "ITA", "LUX", "NLD", "PRT");
    private static final ArchiveFolder ARCHIVE = archive();

    @DynamicPropertySource
    static void onThisArchive(DynamicPropertyRegistry registry) {
        serve(registry, ARCHIVE);
    }

    @Test
    void theMixedAgreementsPartiesAreTheCommunityItsMembersOnTheDayAndThePartner() throws Exception {
        LocalApi api = api();
        JsonNode mixed = api.getJson("/api/agreements?party=MDA").get("hits").get(0);
        List<String> parties = strings(mixed.get("parties"));
        assertTrue(parties.containsAll(MEMBERS_IN_1994), parties.toString());
        assertTrue(parties.containsAll(List.of("European Union", "MDA")), parties.toString());
        assertFalse(parties.contains("AUT"), "Austria joined in 1995: " + parties);
        assertEquals(MEMBERS_IN_1994.size() + 2, parties.size(), parties.toString());

        JsonNode basis = api.getJson("/api/agreements/" + LocalApi.enc(mixed.get("id").asText())).get("party_basis");
        assertTrue(basis.get("BEL").asText().startsWith("member of the European Union on 1994-11-28, from the membership table ("),
                basis.toString());
        assertEquals("named in the preamble", basis.get("MDA").asText());
    }

    @Test
    void thePartyFacetAndFilterCountAMemberStateForTheMixedAgreement() throws Exception {
        LocalApi api = api();
        JsonNode belgium = api.getJson("/api/agreements?party=BEL");
        assertEquals(2, belgium.get("total").asInt(), "the bilateral and the mixed agreement: " + belgium);
        Map<String, Long> facet = new TreeMap<>();
        api.getJson("/api/agreements").get("facets").get("parties")
                .forEach(b -> facet.put(b.get("key").asText(), b.get("count").asLong()));
        assertEquals(2L, facet.get("BEL"), facet.toString());
        assertEquals(1L, facet.get("FRA"), facet.toString());
        assertEquals(1L, facet.get("CHL"), facet.toString());
        assertFalse(facet.containsKey("AUT"), facet.toString());
    }

    @Test
    void theAgreementPageSaysWhyEachPartyIsOne() throws Exception {
        LocalApi api = api();
        String id = api.getJson("/api/agreements?party=MDA").get("hits").get(0).get("id").asText();
        driver.get(api.uri("/agreement.html?id=" + LocalApi.enc(id)).toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("#facts .party-basis li")).isEmpty());
        List<String> reasons = driver.findElements(By.cssSelector("#facts .party-basis li")).stream()
                .map(WebElement::getText).toList();
        // one line per source of the table (the founding treaty, each act of accession)
        String members = String.join("\n", reasons.stream()
                .filter(r -> r.startsWith("Member of the European Union on 1994-11-28, from the membership table (EUR-Lex"))
                .toList());
        assertTrue(members.contains("Act of Accession"), reasons.toString());
        for (String state : List.of("Belgium", "Germany", "Portugal", "United Kingdom")) {
            assertTrue(members.contains(state), members);
        }
        assertFalse(members.contains("Austria"), members);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Named in the preamble") && r.contains("Moldova")), reasons.toString());
        WebElement belgium = driver.findElements(By.cssSelector("#parties li")).stream()
                .filter(li -> li.getText().equals("Belgium")).findFirst().orElseThrow();
        assertTrue(belgium.getAttribute("title").startsWith("member of the European Union on 1994-11-28"), belgium.getAttribute("title"));
        Browser.screenshot(driver, "agreement-04-member-states");
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static ArchiveFolder archive() {
        try {
            ArchiveFolder archive = ArchiveFolder.create("member-states");
            Files.writeString(archive.folder().resolve("partnership.txt"), MIXED_AGREEMENT, StandardCharsets.UTF_8);
            Files.writeString(archive.folder().resolve("belgium-chile.txt"), BILATERAL, StandardCharsets.UTF_8);
            archive.ingest();
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
