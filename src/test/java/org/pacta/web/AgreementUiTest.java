package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agreements in real headless Chromium over the ingested shared corpus and seeds, as a user sees
 * them: the Documents / Agreements switch on the search page, the agreement page with its timeline,
 * sources and related agreements, and the way from a seed article to its agreement.
 * Screenshots land in target/screenshots/ (prefix "agreement-").
 */
class AgreementUiTest extends BrowserTest {

    /** The agreement both seed articles report on (see shared/seeds/README.md). */
    private static final String SEED_TITLE_WORDS = "on Strengthening Mutual Military Security";

    @Test
    void switchToAgreementsFindTheSeedMemorandumAndReadItsTimeline() throws Exception {
        // Documents first: the switch shows Documents as the current view, the language facet is there.
        driver.get(url("/?q=Shusha"));
        awaitResults();
        assertEquals("documents", countNoun());
        long documents = total();
        assertTrue(documents >= 2, "both seed articles mention Shusha: " + documents);
        assertEquals("page", driver.findElement(By.id("view-documents")).getAttribute("aria-current"));
        assertTrue(driver.findElement(By.id("language-facet")).isDisplayed());
        assertTrue(driver.findElement(By.id("export-csv")).isDisplayed());

        // Switch to agreements: the same query now finds the one agreement both articles report.
        driver.findElement(By.id("view-agreements")).click();
        await(d -> query().contains("view=agreements") && query().contains("q=Shusha"));
        awaitResults();
        assertEquals("agreements", countNoun());
        assertEquals(1, total(), "one agreement, not one per article");
        assertTrue(driver.findElement(By.id("count")).getText().startsWith("1 agreement matches “Shusha”"),
                driver.findElement(By.id("count")).getText());
        assertEquals("page", driver.findElement(By.id("view-agreements")).getAttribute("aria-current"));
        assertFalse(driver.findElement(By.id("language-facet")).isDisplayed(), "agreements have no language facet");
        assertFalse(driver.findElement(By.id("export-csv")).isDisplayed(), "the export is of documents only");
        assertEquals("Shusha", driver.findElement(By.id("q")).getAttribute("value"));

        WebElement card = onlyCard();
        String title = card.findElement(By.cssSelector(".hit-title a")).getText();
        assertTrue(title.startsWith("Memorandum of Understanding") && title.contains(SEED_TITLE_WORDS), title);
        assertEquals(List.of("Azerbaijan", "Türkiye"), texts(card, ".parties li"));
        String meta = card.findElement(By.cssSelector(".hit-meta")).getText();
        for (String expected : List.of("Ratified", "Memorandum", "Signed 22 July 2025", "in Istanbul", "3 sources")) {
            assertTrue(meta.contains(expected), meta + " should say " + expected);
        }
        assertEquals("Ratified", card.findElement(By.cssSelector(".hit-meta .badge")).getText());
        assertEquals("Status by party: Ratified by Azerbaijan · Signed by Türkiye",
                card.findElement(By.cssSelector(".party-status")).getAttribute("textContent"));
        // The years facet drives the histogram in agreements too.
        WebElement bar = driver.findElement(By.cssSelector("#histogram .bar[data-year='2025']"));
        assertEquals("2025: 1 agreement", bar.getAttribute("aria-label"));
        Browser.screenshot(driver, "agreement-01-search-shusha");

        // Back: documents again, with the language facet; forward: agreements again.
        driver.navigate().back();
        await(d -> !query().contains("view=agreements") && query().contains("q=Shusha"));
        awaitResults();
        assertEquals("documents", countNoun());
        assertEquals(documents, total());
        assertTrue(driver.findElement(By.id("language-facet")).isDisplayed());
        assertEquals("page", driver.findElement(By.id("view-documents")).getAttribute("aria-current"));
        driver.navigate().forward();
        await(d -> query().contains("view=agreements"));
        awaitResults();
        assertEquals("agreements", countNoun());
        assertEquals(1, total());
        // A reload keeps the view: it lives in the address.
        driver.navigate().refresh();
        awaitResults();
        assertEquals("agreements", countNoun());
        assertEquals(1, total());

        // Open the agreement.
        onlyCard().findElement(By.cssSelector(".hit-title a")).click();
        await(d -> d.getCurrentUrl().contains("/agreement.html?id="));
        awaitAgreement();
        String agreementUrl = driver.getCurrentUrl();
        String agreementId = param(agreementUrl, "id");
        JsonNode agreement = getJson("/api/agreements/" + enc(agreementId));
        assertEquals(title, driver.findElement(By.id("title")).getText());
        assertTrue(driver.getTitle().endsWith("— Pacta"), driver.getTitle());
        assertEquals("MEMORANDUM", driver.findElement(By.id("kind")).getText(), "the type, shown as a kicker");
        assertEquals(List.of("Azerbaijan", "Türkiye"), texts(driver.findElement(By.id("parties")), "li"));
        assertEquals("22 July 2025 in Istanbul", fact("Signed"));
        assertEquals("Ratified", fact("Status"));
        assertEquals(List.of("Azerbaijan Ratified since 25 December 2025", "Türkiye Signed since 22 July 2025"),
                texts(driver.findElement(By.id("facts")), ".party-statuses li"));
        assertEquals("3 documents", fact("Sources"));
        assertEquals("← Back to results", driver.findElement(By.id("back")).getText());

        // The timeline, in order, as the reader sees it.
        List<WebElement> events = driver.findElements(By.cssSelector("#timeline .event"));
        assertEquals(List.of("Signed", "Approved in first reading", "Ratified"), texts(driver.findElement(By.id("timeline")), ".event-kind"));
        assertEquals(List.of("22 July 2025", "Reported on 16 December 2025", "25 December 2025"),
                events.stream().map(e -> e.findElement(By.cssSelector(".event-date")).getText().replace('\n', ' ')).toList());
        assertEquals("2025-12-16", events.get(1).findElement(By.cssSelector("time")).getAttribute("datetime"));
        assertEquals("In Istanbul", events.get(0).findElement(By.cssSelector(".event-place")).getText());
        assertEquals("Azerbaijan — Milli Majlis", events.get(1).findElement(By.cssSelector(".event-who")).getText());
        assertEquals("Azerbaijan — Milli Majlis", events.get(2).findElement(By.cssSelector(".event-who")).getText());
        List<String> documentIds = new ArrayList<>();
        agreement.get("document_ids").forEach(id -> documentIds.add(id.asText()));
        for (WebElement event : events) {
            List<WebElement> quotes = event.findElements(By.cssSelector(".quotes li"));
            assertFalse(quotes.isEmpty(), "every step quotes its source: " + event.getText());
            for (WebElement quote : quotes) {
                assertFalse(quote.findElement(By.cssSelector("q")).getText().isBlank());
                String href = quote.findElement(By.cssSelector(".cite a")).getAttribute("href");
                assertTrue(documentIds.contains(param(href, "id")), href + " links to one of " + documentIds);
            }
        }
        String ratifiedQuote = events.get(2).findElement(By.cssSelector("q")).getText();
        assertTrue(ratifiedQuote.contains("Milli Majlis") && ratifiedQuote.contains("ratifying"), ratifiedQuote);
        assertTrue(events.get(0).findElement(By.cssSelector(".cite a")).getText().startsWith("News report of "),
                events.get(0).findElement(By.cssSelector(".cite a")).getText());

        // The sources: both news articles and the seeds' README as a document.
        List<WebElement> sources = driver.findElements(By.cssSelector("#sources .source"));
        assertEquals(3, sources.size());
        List<String> roles = sources.stream().map(s -> s.findElement(By.cssSelector(".badge")).getText()).sorted().toList();
        assertEquals(List.of("Document", "News report", "News report"), roles);
        WebElement readme = sources.stream().filter(s -> s.getText().contains("README.md")).findFirst().orElseThrow();
        assertEquals("Document", readme.findElement(By.cssSelector(".badge")).getText());
        List<String> published = sources.stream().filter(s -> s.getText().contains("News report"))
                .map(s -> s.findElement(By.cssSelector(".hit-meta")).getText()).toList();
        assertTrue(published.stream().anyMatch(t -> t.contains("Published 16 December 2025")), published.toString());
        assertTrue(published.stream().anyMatch(t -> t.contains("Published 25 December 2025")), published.toString());
        for (WebElement source : sources) {
            String href = source.findElement(By.cssSelector("a.source-title")).getAttribute("href");
            assertTrue(href.contains("/doc.html?id=") && documentIds.contains(param(href, "id")), href);
        }

        // Related: the Shusha Declaration is named, not in the archive: "mentioned", with year and sentence.
        WebElement shusha = driver.findElements(By.cssSelector("#related .related-item")).stream()
                .filter(r -> r.getText().contains("Shusha Declaration")).findFirst().orElseThrow();
        assertEquals("Shusha Declaration (2021) Mentioned", shusha.findElement(By.cssSelector(".related-name")).getText());
        assertTrue(shusha.findElements(By.cssSelector(".related-name a")).isEmpty(), "a mentioned agreement is no link");
        assertTrue(shusha.findElement(By.cssSelector("q")).getText().contains("2021 Shusha Declaration"));
        assertTrue(shusha.findElement(By.cssSelector(".cite a")).getAttribute("href").contains("/doc.html?id="));

        driver.manage().window().setSize(new Dimension(1280, 2200));
        Browser.screenshot(driver, "agreement-02-page");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        // A timeline source opens the article, whose page links back to the agreement.
        events.get(2).findElement(By.cssSelector(".cite a")).click();
        await(d -> d.getCurrentUrl().contains("/doc.html?id="));
        await(d -> d.findElement(By.id("doc")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), () -> driver.findElement(By.id("error")).getText());
        WebElement partOf = driver.findElement(By.id("part-of"));
        assertTrue(partOf.isDisplayed());
        assertTrue(partOf.getText().startsWith("Part of agreement: " + title), partOf.getText());
        assertEquals("← Back to the agreement", driver.findElement(By.id("back")).getText());
        Browser.screenshot(driver, "agreement-03-document-part-of");
        partOf.findElement(By.id("agreement-link")).click();
        await(d -> d.getCurrentUrl().equals(agreementUrl));
        awaitAgreement();
        assertEquals(title, driver.findElement(By.id("title")).getText());

        // History: back to the article, back to the agreement, back to the agreements search.
        driver.navigate().back();
        await(d -> d.getCurrentUrl().contains("/doc.html?id="));
        driver.navigate().back();
        await(d -> d.getCurrentUrl().equals(agreementUrl));
        awaitAgreement();
        driver.navigate().back();
        await(d -> d.getCurrentUrl().endsWith("/?view=agreements&q=Shusha"));
        awaitResults();
        assertEquals("agreements", countNoun());
        assertEquals(1, total());
    }

    @Test
    void everySeedArticleLinksToTheOneAgreement() throws Exception {
        JsonNode hit = getJson("/api/agreements?q=Shusha").get("hits").get(0);
        String agreementId = hit.get("id").asText();
        int linked = 0;
        for (JsonNode documentId : hit.get("document_ids")) {
            JsonNode doc = getJson("/api/documents/" + documentId.asText() + "?text_length=0");
            if (!doc.path("source_paths").toString().contains("seeds")) {
                continue;
            }
            driver.get(url("/doc.html?id=" + documentId.asText()));
            await(d -> d.findElement(By.id("doc")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
            WebElement partOf = driver.findElement(By.id("part-of"));
            assertTrue(partOf.isDisplayed(), doc.path("file_name").asText() + " shows its agreement");
            assertTrue(partOf.getText().startsWith("Part of agreement: Memorandum of Understanding"), partOf.getText());
            assertTrue(partOf.getText().contains(SEED_TITLE_WORDS), partOf.getText());
            assertTrue(partOf.getText().contains("Ratified"), partOf.getText());
            assertEquals(agreementId, param(partOf.findElement(By.id("agreement-link")).getAttribute("href"), "id"));
            linked++;
        }
        assertEquals(3, linked, "both seed articles and the seeds' README are the agreement's sources");

        // A document without an agreement shows no such line.
        JsonNode all = getJson("/api/search?size=100").get("hits");
        for (JsonNode other : all) {
            JsonNode doc = getJson("/api/documents/" + other.get("id").asText() + "?text_length=0");
            if (doc.path("agreement").isNull() || doc.path("agreement").isMissingNode()) {
                driver.get(url("/doc.html?id=" + other.get("id").asText()));
                await(d -> d.findElement(By.id("doc")).isDisplayed());
                assertFalse(driver.findElement(By.id("part-of")).isDisplayed());
                return;
            }
        }
        System.out.println("[agreement-ui] every document of the first 100 belongs to an agreement");
    }

    @Test
    void partyFilterAndTitleWordsFindTheAgreement() throws Exception {
        driver.get(url("/?view=agreements"));
        awaitResults();
        assertEquals("agreements", countNoun());
        long all = total();
        assertTrue(all > 1, "the archive holds several agreements: " + all);

        // Add the party Azerbaijan through the autocomplete.
        WebElement input = driver.findElement(By.id("party-input"));
        input.sendKeys("Azerb");
        await(d -> "Azerb".equals(d.findElement(By.id("party-options")).getAttribute("data-prefix")));
        await(d -> d.findElements(By.cssSelector("#party-options [role=option]")).stream()
                .anyMatch(o -> o.getText().contains("Azerbaijan")));
        driver.findElements(By.cssSelector("#party-options [role=option]")).stream()
                .filter(o -> o.getText().contains("Azerbaijan")).findFirst().orElseThrow().click();
        await(d -> query().contains("party=AZE") && query().contains("view=agreements"));
        awaitResults();
        assertEquals("agreements", countNoun());
        long azerbaijan = total();
        assertTrue(azerbaijan >= 1 && azerbaijan < all, azerbaijan + " of " + all);
        assertTrue(chips().contains("Party: Azerbaijan"), chips().toString());
        List<WebElement> seed = driver.findElements(By.cssSelector("#hits .hit")).stream()
                .filter(c -> c.findElement(By.cssSelector(".hit-title")).getText().contains(SEED_TITLE_WORDS)).toList();
        assertEquals(1, seed.size(), "the seed memorandum is one agreement among Azerbaijan's");
        assertEquals("Ratified", seed.get(0).findElement(By.cssSelector(".hit-meta .badge")).getText());
        assertTrue(seed.get(0).findElement(By.cssSelector(".party-status")).getText().contains("Ratified by Azerbaijan"));
        for (WebElement card : driver.findElements(By.cssSelector("#hits .hit"))) {
            assertTrue(texts(card, ".parties li").contains("Azerbaijan"), card.getText());
            assertFalse(card.findElement(By.cssSelector(".hit-title a")).getText().isBlank(), "every agreement has a heading");
        }
        Browser.screenshot(driver, "agreement-04-party-azerbaijan");

        // The status facet narrows to the ratified one.
        WebElement ratified = driver.findElement(By.cssSelector("#facet-status input[value='ratified']"));
        driver.findElement(By.cssSelector("label[for='" + ratified.getAttribute("id") + "']")).click();
        await(d -> query().contains("status=ratified"));
        awaitResults();
        assertEquals(1, total());
        assertTrue(onlyCard().getText().contains(SEED_TITLE_WORDS));

        // Title words: "Türkiye" is in the memorandum's title, highlighted.
        driver.get(url("/?view=agreements&q=" + enc("Türkiye")));
        awaitResults();
        assertEquals(1, total());
        WebElement card = onlyCard();
        assertEquals("Türkiye", card.findElement(By.cssSelector(".hit-title mark")).getText());
        assertTrue(card.findElement(By.cssSelector(".hit-title a")).getText().contains(SEED_TITLE_WORDS));

        // Nothing found: said in agreement words.
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("zzqxvnothingmatchesthis", Keys.ENTER);
        await(d -> query().contains("q=zzqxv"));
        awaitResults();
        assertEquals(0, total());
        assertTrue(driver.findElement(By.id("empty")).getText().contains("No agreements match."),
                driver.findElement(By.id("empty")).getText());
    }

    @Test
    void switchingViewsKeepsTheFiltersButNotTheLanguage() {
        driver.get(url("/?q=agreement&language=en&year_from=1900"));
        awaitResults();
        assertTrue(chips().contains("Language: English"), chips().toString());
        driver.findElement(By.id("view-agreements")).click();
        await(d -> query().contains("view=agreements"));
        awaitResults();
        assertEquals("agreements", countNoun());
        assertTrue(query().contains("q=agreement") && query().contains("year_from=1900"), query());
        assertFalse(query().contains("language="), "agreements have no language: " + query());
        assertTrue(chips().stream().noneMatch(c -> c.startsWith("Language:")), chips().toString());
        assertTrue(chips().contains("Words: agreement") && chips().contains("Signed: from 1900"), chips().toString());
        // The Documents link keeps the query for the way back.
        String documentsHref = driver.findElement(By.id("view-documents")).getAttribute("href");
        assertTrue(documentsHref.contains("q=agreement") && !documentsHref.contains("view="), documentsHref);
        driver.findElement(By.id("view-documents")).click();
        await(d -> !query().contains("view=agreements"));
        awaitResults();
        assertEquals("documents", countNoun());
        assertEquals("agreement", driver.findElement(By.id("q")).getAttribute("value"));

        // A language in an agreements address is not applied.
        driver.get(url("/?view=agreements&language=fr"));
        awaitResults();
        assertFalse(driver.findElement(By.id("error")).isDisplayed());
        assertTrue(chips().stream().noneMatch(c -> c.startsWith("Language:")), chips().toString());
    }

    @Test
    void missingAndUnknownAgreementsAreExplained() {
        driver.get(url("/agreement.html?id=no-such-agreement"));
        await(d -> d.findElement(By.id("error")).isDisplayed());
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.contains("No agreement “no-such-agreement” is in the archive"), error);
        assertFalse(driver.findElement(By.id("agreement")).isDisplayed());
        assertFalse(driver.findElement(By.id("loading")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("#error a")).getAttribute("href").endsWith("/?view=agreements"));
        Browser.screenshot(driver, "agreement-05-not-found");

        driver.get(url("/agreement.html"));
        await(d -> d.findElement(By.id("error")).isDisplayed());
        assertTrue(driver.findElement(By.id("error")).getText().contains("names no agreement"),
                driver.findElement(By.id("error")).getText());
    }

    @Test
    void phoneWidthShowsTheSwitchTheCardsAndTheTimeline() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/?view=agreements&q=Shusha"));
        awaitResults();
        assertTrue(driver.findElement(By.id("view-agreements")).isDisplayed());
        assertTrue(driver.findElement(By.id("view-documents")).isDisplayed());
        assertEquals(0, overflow(), "no sideways scrolling at phone width");
        Browser.screenshot(driver, "agreement-06-phone-search");

        onlyCard().findElement(By.cssSelector(".hit-title a")).click();
        awaitAgreement();
        assertEquals(0, overflow(), "the agreement page fits a phone");
        WebElement timeline = driver.findElement(By.id("timeline"));
        assertTrue(timeline.isDisplayed());
        // One column: each step's date sits above its label, not beside it.
        WebElement first = timeline.findElement(By.cssSelector(".event"));
        int dateBottom = first.findElement(By.cssSelector(".event-date")).getRect().getY()
                + first.findElement(By.cssSelector(".event-date")).getRect().getHeight();
        assertTrue(dateBottom <= first.findElement(By.cssSelector(".event-kind")).getRect().getY() + 1,
                "the date is above the step");
        Browser.screenshot(driver, "agreement-07-phone-top");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('timeline-heading').scrollIntoView()");
        Browser.screenshot(driver, "agreement-08-phone-timeline");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('sources-heading').scrollIntoView()");
        Browser.screenshot(driver, "agreement-09-phone-sources");
    }

    // ---------- helpers ----------

    private WebElement onlyCard() {
        List<WebElement> cards = driver.findElements(By.cssSelector("#hits .hit"));
        assertEquals(1, cards.size(), "one result card");
        return cards.get(0);
    }

    /** The text of a fact row on the agreement page, by its label. */
    private String fact(String label) {
        return driver.findElements(By.cssSelector("#facts .row")).stream()
                .filter(r -> r.findElement(By.cssSelector("dt")).getText().equals(label)).findFirst()
                .map(r -> r.findElement(By.cssSelector("dd")).getText().replace('\n', ' '))
                .orElseThrow(() -> new AssertionError("no fact " + label));
    }

    private static List<String> texts(WebElement root, String css) {
        return root.findElements(By.cssSelector(css)).stream().map(e -> e.getText().replace('\n', ' ')).toList();
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** "documents" or "agreements": what the count says it counts. */
    private String countNoun() {
        String noun = count().group(2);
        return noun.endsWith("s") ? noun : noun + "s";
    }

    private void awaitAgreement() {
        await(d -> d.findElement(By.id("agreement")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), () -> driver.findElement(By.id("error")).getText());
        assertNotNull(driver.findElement(By.id("title")).getText());
    }
}
