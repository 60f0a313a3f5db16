package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacta.service.ArchiveFolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shared text through the API and in headless Chromium, over three treaties ingested from files: two
 * investment treaties whose expropriation articles are the same but for a changed and an added word, and a fisheries
 * agreement that shares only its one-line entry-into-force clause with them.
 */
class SharedTextUiTest extends OwnArchiveUiTest {

    static final String EXPROPRIATION = "Investments of investors of either Contracting Party shall not be "
            + "nationalised, expropriated or subjected to measures having effect equivalent to nationalisation or "
            + "expropriation in the territory of the other Contracting Party except for a public purpose related to "
            + "the internal needs of that Party on a non-discriminatory basis and against prompt, adequate and "
            + "effective compensation. Such compensation shall amount to the market value of the investment "
            + "expropriated immediately before the expropriation or before the impending expropriation became "
            + "public knowledge, shall include interest at the normal commercial rate until the date of payment, "
            + "and shall be made without delay, be effectively realizable and be freely transferable.";
    static final String ENTRY_INTO_FORCE = "This Agreement shall enter into force on the thirtieth day after the "
            + "date of the later notification.";

    private static final ArchiveFolder ARCHIVE = archive();

    @DynamicPropertySource
    static void onTheTreaties(DynamicPropertyRegistry registry) {
        serve(registry, ARCHIVE);
    }

    @Test
    void theApiListsTheSharingDocumentWithItsAlignedArticlesAndTheirDifferences() throws Exception {
        LocalApi api = api();
        String estonia = idOf("estonia-chile-bit.txt");
        String latvia = idOf("latvia-peru-bit.txt");
        String fisheries = idOf("fisheries.txt");

        JsonNode shared = api.getJson("/api/documents/" + estonia + "/shared-text");
        assertEquals(1, shared.get("documents").size(), shared.toString());
        JsonNode other = shared.get("documents").get(0);
        assertEquals(latvia, other.get("id").asText());
        JsonNode pair = other.get("passages").get(0);
        assertEquals("Article 5", pair.at("/here/locator").asText());
        assertEquals("Article 7", pair.at("/there/locator").asText());
        assertTrue(pair.get("share").asDouble() > 0.8 && pair.get("share").asDouble() < 1, pair.toString());
        assertTrue(shared.get("share").asDouble() > 0.2 && shared.get("share").asDouble() < 0.9, shared.toString());
        int pairs = other.get("passage_pairs").asInt();
        assertEquals(pairs, other.get("passages").size(), "all listed under the default of 10");
        JsonNode counted = api.getJson("/api/documents/" + estonia + "/shared-text?passages=0").at("/documents/0");
        assertEquals(0, counted.get("passages").size());
        assertEquals(pairs, counted.get("passage_pairs").asInt(), "the count stays when the list is cut");
        assertEquals(400, api.get("/api/documents/" + estonia + "/shared-text?passages=-1").statusCode());

        JsonNode fromFisheries = api.getJson("/api/documents/" + fisheries + "/shared-text");
        assertEquals(0, fromFisheries.get("documents").size(), "a shared one-line clause is boilerplate: " + fromFisheries);

        JsonNode comparison = api.getJson("/api/documents/" + estonia + "/shared-text/" + latvia);
        List<String> differences = new ArrayList<>();
        for (JsonNode segment : comparison.at("/passages/0/diff")) {
            if (!segment.get("op").asText().equals("equal")) {
                differences.add(segment.get("op").asText() + ": " + segment.path("here").asText("") + " → "
                        + segment.path("there").asText(""));
            }
        }
        assertEquals(List.of("change: 5 → 7", "change: purpose → interest", "insert:  → fair"), differences,
                "the articles' numbers and the two edits; the rest is equal");

        JsonNode similar = api.getJson("/api/passages/" + latvia + "-" + pair.at("/there/ordinal").asInt() + "/similar");
        assertEquals(1, similar.size());
        assertEquals(estonia, similar.at("/0/there/document_id").asText());

        JsonNode filtered = api.getJson("/api/search?shares_text_with=" + estonia);
        assertEquals(1, filtered.get("total").asInt(), filtered.toString());
        assertEquals(latvia, filtered.at("/hits/0/id").asText());
        assertEquals(0, api.getJson("/api/search?shares_text_with=" + fisheries).get("total").asInt());

        assertEquals(404, api.get("/api/documents/" + "0".repeat(64) + "/shared-text").statusCode());
        assertEquals(400, api.get("/api/documents/nonsense/shared-text").statusCode());
        assertEquals(404, api.get("/api/documents/" + estonia + "/shared-text/" + fisheries).statusCode(),
                "they share no text");
        assertEquals(400, api.get("/api/documents/" + estonia + "/shared-text/" + estonia).statusCode(),
                "a document compared with itself");
    }

    @Test
    void theDocumentPageShowsTheSharedTextAndLeadsToBothArticlesSideBySide() {
        String estonia = idOf("estonia-chile-bit.txt");
        driver.get(api().uri("/doc.html?id=" + estonia).toString());
        await(d -> d.findElement(By.id("shared-section")).isDisplayed());
        WebElement item = driver.findElement(By.cssSelector("#shared .shared-item"));
        assertTrue(item.getText().contains("REPUBLIC OF LATVIA"), item.getText());
        assertTrue(item.findElement(By.cssSelector(".badge.share")).getText().matches("\\d+ %"));
        assertTrue(item.getText().contains("Article 5 ≈ Article 7"), item.getText());
        Browser.screenshot(driver, "40-document-shared-text");

        item.findElement(By.cssSelector("a.compare")).click();
        await(d -> d.findElement(By.id("comparison")).isDisplayed());
        WebElement pair = driver.findElement(By.cssSelector("#pairs .pair"));
        List<WebElement> sides = pair.findElements(By.cssSelector(".pair-side"));
        assertEquals(2, sides.size());
        assertEquals(List.of("5", "purpose"), texts(sides.get(0).findElements(By.cssSelector("mark.diff-here"))));
        assertEquals(List.of("7", "interest", "fair"), texts(sides.get(1).findElements(By.cssSelector("mark.diff-there"))));
        assertTrue(sides.get(0).getText().contains("nationalised, expropriated"), "the text as written");
        Browser.screenshot(driver, "41-shared-text-side-by-side");
    }

    @Test
    void theAgreementPageListsTheAgreementItSharesTextWith() throws Exception {
        String estonia = idOf("estonia-chile-bit.txt");
        String agreement = api().getJson("/api/documents/" + estonia).at("/agreement/id").asText();
        assertFalse(agreement.isEmpty(), "the treaty forms an agreement");
        JsonNode shared = api().getJson("/api/agreements/" + LocalApi.enc(agreement) + "/shared-text");
        assertEquals(1, shared.get("agreements").size(), shared.toString());
        assertEquals(estonia, shared.at("/agreements/0/here_document_id").asText());

        driver.get(api().uri("/agreement.html?id=" + LocalApi.enc(agreement)).toString());
        await(d -> d.findElement(By.id("shared-section")).isDisplayed());
        WebElement item = driver.findElement(By.cssSelector("#shared .shared-item"));
        assertTrue(item.getText().contains("REPUBLIC OF LATVIA"), item.getText());
        assertEquals(1, driver.findElements(By.cssSelector("#shared .shared-item")).size(), "not the fisheries agreement");
        item.findElement(By.cssSelector("a.compare")).click();
        await(d -> d.findElement(By.id("comparison")).isDisplayed());
        assertEquals(1, driver.findElements(By.cssSelector("#pairs .pair")).size());
    }

    @Test
    void aPassageInTheResultsFindsItsTextElsewhere() {
        driver.get(api().uri("/?q=" + LocalApi.enc("nationalised")).toString());
        await(d -> !d.findElements(By.cssSelector("#hits .passage-hit a.elsewhere")).isEmpty());
        WebElement elsewhere = driver.findElement(By.cssSelector("#hits .passage-hit a.elsewhere"));
        elsewhere.click();
        await(d -> d.findElement(By.id("comparison")).isDisplayed());
        List<WebElement> found = driver.findElements(By.cssSelector("#pairs .pair"));
        assertEquals(1, found.size(), driver.findElement(By.id("summary")).getText());
        assertTrue(found.get(0).getText().matches("(?s)Article [57] · \\d+ words.*Side by side.*"), found.get(0).getText());
        assertFalse(driver.findElement(By.id("error")).isDisplayed());
    }

    @Test
    void theSearchFilterIsAChipThatCanBeRemoved() {
        String estonia = idOf("estonia-chile-bit.txt");
        driver.get(api().uri("/?shares_text_with=" + estonia).toString());
        await(d -> d.findElement(By.id("count")).getText().startsWith("1 document"));
        await(d -> d.findElement(By.id("chips")).getText().contains("Shares text with: AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF ESTONIA"));
        driver.findElement(By.cssSelector("#chips button.chip")).click();
        await(d -> d.findElement(By.id("count")).getText().startsWith("3 documents"));
    }

    private String idOf(String fileName) {
        try {
            JsonNode hits = api().getJson("/api/search?size=10").get("hits");
            for (JsonNode hit : hits) {
                if (fileName.equals(hit.get("file_name").asText())) {
                    return hit.get("id").asText();
                }
            }
            throw new AssertionError(fileName + " is not archived: " + hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    private static ArchiveFolder archive() {
        try {
            ArchiveFolder archive = ArchiveFolder.create("shared-text");
            Files.writeString(archive.folder().resolve("estonia-chile-bit.txt"), """
                    AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF ESTONIA AND THE GOVERNMENT OF THE REPUBLIC OF CHILE FOR THE PROMOTION AND RECIPROCAL PROTECTION OF INVESTMENTS

                    The Government of the Republic of Estonia and the Government of the Republic of Chile, desiring to intensify economic cooperation to the mutual benefit of both States, have agreed as follows:

                    Article 1
                    Definitions
                    For the purposes of this Agreement the term investment means every kind of asset invested by investors of one Contracting Party in the territory of the other Contracting Party in accordance with its laws.

                    Article 5
                    Expropriation
                    %s

                    Article 9
                    Entry into force
                    %s
                    """.formatted(EXPROPRIATION, ENTRY_INTO_FORCE));
            Files.writeString(archive.folder().resolve("latvia-peru-bit.txt"), """
                    AGREEMENT BETWEEN THE REPUBLIC OF LATVIA AND THE REPUBLIC OF PERU ON THE RECIPROCAL PROMOTION AND PROTECTION OF INVESTMENTS

                    The Republic of Latvia and the Republic of Peru, recognising that the encouragement of investments will stimulate business initiative, agree as follows:

                    Article 2
                    Promotion of investments
                    Each Contracting Party shall encourage investments made by investors of the other Contracting Party and admit them in accordance with its legislation, granting them fair and equitable treatment.

                    Article 7
                    Expropriation
                    %s

                    Article 12
                    Final provisions
                    %s
                    """.formatted(EXPROPRIATION.replace("public purpose", "public interest")
                    .replace("the market value", "the fair market value"), ENTRY_INTO_FORCE));
            Files.writeString(archive.folder().resolve("fisheries.txt"), """
                    AGREEMENT BETWEEN NORWAY AND ICELAND ON FISHERIES IN THE NORTH ATLANTIC

                    Article 1
                    Each vessel shall report its catch to the port authority of the coastal State within forty-eight hours of landing, stating the species, the weight and the area fished, and shall keep a logbook on board.

                    Article 2
                    %s
                    """.formatted(ENTRY_INTO_FORCE));
            archive.ingest();
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
