package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in real headless Chromium over the ingested shared corpus, as a user sees it:
 * search, facets, the year histogram, a document, its original, and the browser's history.
 * Screenshots land in target/screenshots/.
 */
class WebUiTest extends BrowserTest {

    private static final List<String> FACETS = List.of("parties", "language", "type", "status", "place");

    @Test
    void searchNarrowOpenDownloadAndGoBack() throws Exception {
        driver.get(url("/"));
        awaitResults();
        long all = total();
        assertTrue(all > 20, "the whole archive is listed before any query: " + all);
        assertFalse(driver.findElement(By.id("error")).isDisplayed());

        // Type a query: results appear without pressing Enter (debounced instant search).
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("agreement");
        await(d -> query().contains("q=agreement"));
        awaitResults();
        long matching = total();
        assertTrue(matching > 0 && matching <= all, matching + " of " + all);
        List<WebElement> cards = driver.findElements(By.cssSelector("#hits .hit"));
        assertTrue(!cards.isEmpty(), "result cards are shown");
        assertTrue(cards.get(0).findElement(By.cssSelector(".hit-title a")).getText().length() > 0);
        assertTrue(driver.findElement(By.id("count")).getText().contains("match “agreement”"),
                driver.findElement(By.id("count")).getText());
        assertTrue(driver.findElements(By.cssSelector("#hits .snippet mark")).size() > 0, "highlighted snippets");
        Browser.screenshot(driver, "01-query-agreement");

        // Select a facet value that narrows the results; the count becomes the bucket's.
        Facet facet = pickFacet(matching);
        System.out.println("[web-ui] facet chosen: " + facet.facet + "=" + facet.key + " (" + facet.count + " of "
                + matching + ")");
        driver.findElement(By.cssSelector("label[for='" + facet.checkboxId + "']")).click();
        await(d -> query().contains(facet.param + "="));
        awaitResults();
        long narrowed = total();
        assertEquals(facet.count, narrowed, "the facet's count is the number of results once selected");
        if (facet.count < matching) {
            assertNotEquals(matching, narrowed, "selecting the facet changed the count");
        }
        assertTrue(driver.findElement(By.id(facet.checkboxId)).isSelected());
        assertTrue(chips().stream().anyMatch(c -> c.startsWith(facet.title + ":")), chips().toString());
        Browser.screenshot(driver, "02-facet-" + facet.facet);

        // Narrow the years on the histogram, or see that it says there are none.
        List<WebElement> bars = driver.findElements(By.cssSelector("#histogram .bar:not(.zero)"));
        String yearsState;
        long afterYears = narrowed;
        if (bars.isEmpty()) {
            WebElement empty = driver.findElement(By.cssSelector("#histogram .hist-empty"));
            assertTrue(empty.isDisplayed());
            assertEquals("No signing dates known for these results.", empty.getText());
            System.out.println("[web-ui] the years facet is EMPTY for this query: the histogram shows its empty state");
            yearsState = null;
        } else {
            WebElement bar = bars.get(bars.size() - 1);
            String year = bar.getAttribute("data-year");
            long barCount = Long.parseLong(bar.getAttribute("aria-label").replaceAll(".*: (\\d+) documents?", "$1"));
            new Actions(driver).moveToElement(bar.findElement(By.cssSelector(".hit-area"))).click().perform();
            await(d -> query().contains("year_from=" + year) && query().contains("year_to=" + year));
            awaitResults();
            afterYears = total();
            assertEquals(barCount, afterYears, "a bar's count is the number of documents signed that year");
            assertTrue(chips().contains("Signed: " + year), chips().toString());
            assertEquals(year, driver.findElement(By.id("year-from")).getAttribute("value"));
            yearsState = "year_from=" + year;
            System.out.println("[web-ui] histogram: clicked " + year + " → " + afterYears + " documents");
            Browser.screenshot(driver, "03-histogram-year");
        }
        String narrowedUrl = driver.getCurrentUrl();

        // Open a document (one whose original is stored on its own, not inside an archive).
        String title = driver.findElement(By.cssSelector("#hits .hit-title a")).getText();
        driver.findElement(By.cssSelector("#hits .hit-title a")).click();
        await(d -> d.getCurrentUrl().contains("/doc.html?id="));
        await(d -> d.findElement(By.id("doc")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), () -> driver.findElement(By.id("error")).getText());
        assertEquals(title, driver.findElement(By.id("title")).getText());
        String text = driver.findElement(By.id("text")).getText();
        assertTrue(text.length() > 50, "the document's text is shown: " + text);
        String id = param(driver.getCurrentUrl(), "id");
        JsonNode doc = getJson("/api/documents/" + id + "?text_length=0");
        assertTrue(text.toLowerCase().contains("agreement") || doc.path("text").path("total").asInt() > 50_000,
                "the text holds the query word");
        Browser.screenshot(driver, "04-document");

        WebElement download = driver.findElement(By.id("download"));
        String href = download.getAttribute("href");
        if (doc.hasNonNull("parent_sha256")) {
            assertTrue(href.contains("/doc.html?id=" + doc.get("parent_sha256").asText()), href);
        } else {
            assertTrue(href.endsWith("/api/documents/" + id + "/original"), href);
            HttpResponse<byte[]> original = new LocalApi(port).getBytes(URI.create(href).getRawPath());
            assertEquals(200, original.statusCode());
            String expected = doc.get("content_type").asText().split(";")[0].trim();
            String served = original.headers().firstValue("Content-Type").orElse("");
            assertTrue(served.startsWith(expected), served + " for " + expected);
            assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertTrue(original.body().length > 0);
            System.out.println("[web-ui] original of " + id + ": " + served + ", " + original.body().length + " bytes");
        }

        // Back: the narrowed search is restored, from the URL alone.
        driver.navigate().back();
        await(d -> d.getCurrentUrl().equals(narrowedUrl));
        awaitResults();
        assertEquals("agreement", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals(afterYears, total());
        assertTrue(driver.findElement(By.id(facet.checkboxId)).isSelected());
        Browser.screenshot(driver, "05-back-to-results");

        if (yearsState != null) {
            // Back once more: the year range is gone, the facet stays; forward brings the range back.
            driver.navigate().back();
            await(d -> !query().contains("year_from"));
            awaitResults();
            assertEquals(narrowed, total());
            assertTrue(chips().stream().noneMatch(c -> c.startsWith("Signed:")), chips().toString());
            driver.navigate().forward();
            await(d -> query().contains(yearsState));
            awaitResults();
            assertEquals(afterYears, total());
        }
        // Back to before the facet.
        driver.navigate().back();
        if (yearsState != null) {
            driver.navigate().back();
        }
        await(d -> !query().contains(facet.param + "="));
        awaitResults();
        assertEquals(matching, total());
        assertFalse(driver.findElement(By.id(facet.checkboxId)).isSelected());

        // Removing a chip removes its filter.
        driver.get(narrowedUrl);
        awaitResults();
        WebElement chip = driver.findElements(By.cssSelector("#chips .chip")).stream()
                .filter(c -> c.getText().startsWith(facet.title + ":")).findFirst().orElseThrow();
        chip.click();
        await(d -> !query().contains(facet.param + "="));
        awaitResults();
        assertTrue(chips().stream().noneMatch(c -> c.startsWith(facet.title + ":")));
    }

    @Test
    void partyAutocompleteAddsAPartyFilter() throws Exception {
        JsonNode parties = getJson("/api/parties?prefix=");
        driver.get(url("/"));
        awaitResults();
        WebElement input = driver.findElement(By.id("party-input"));
        if (parties.isEmpty()) {
            input.sendKeys("zz");
            await(d -> d.findElement(By.id("party-options")).getText().contains("No party in the archive"));
            System.out.println("[web-ui] /api/parties is EMPTY on this corpus: autocomplete shows its no-match text");
            return;
        }
        JsonNode party = parties.get(0);
        String name = party.get("name").asText();
        String prefix = name.substring(0, Math.min(3, name.length()));
        input.sendKeys(prefix);
        await(d -> prefix.equals(d.findElement(By.id("party-options")).getAttribute("data-prefix")));
        await(d -> d.findElements(By.cssSelector("#party-options [role=option]")).stream()
                .anyMatch(o -> o.getText().contains(name)));
        Browser.screenshot(driver, "06-party-autocomplete");
        input.sendKeys(Keys.ARROW_DOWN);
        String active = input.getAttribute("aria-activedescendant");
        assertTrue(active != null && !active.isEmpty(), "arrow keys move through the options");
        // Choose the party by its option (click), whatever its position.
        driver.findElements(By.cssSelector("#party-options [role=option]")).stream()
                .filter(o -> o.getText().contains(name)).findFirst().orElseThrow().click();
        await(d -> query().contains("party=" + party.get("code").asText()));
        awaitResults();
        assertEquals(party.get("count").asLong(), total(), "a party's document count is what its filter finds");
        assertTrue(chips().stream().anyMatch(c -> c.contains(name)), chips().toString());
        Browser.screenshot(driver, "07-party-filter");
    }

    @Test
    void emptyResultsAndErrorsAreShownNotBlank() throws Exception {
        driver.get(url("/?q=" + "zzqxv" + "nothingmatchesthis"));
        awaitResults();
        assertEquals(0, total());
        WebElement empty = driver.findElement(By.id("empty"));
        assertTrue(empty.isDisplayed());
        assertTrue(empty.getText().contains("No documents match."), empty.getText());
        assertFalse(empty.getText().contains("null"), empty.getText());
        Browser.screenshot(driver, "08-empty");

        driver.get(url("/?year_from=notayear"));
        await(d -> d.findElement(By.id("error")).isDisplayed());
        String detail = new ObjectMapper().readTree(get("/api/search?year_from=notayear").body()).path("detail").asText();
        assertFalse(detail.isEmpty());
        String shown = driver.findElement(By.id("error")).getText();
        assertTrue(shown.contains(detail), shown + " should show " + detail);
        Browser.screenshot(driver, "09-error");

        driver.get(url("/doc.html?id=" + "0".repeat(64)));
        await(d -> d.findElement(By.id("error")).isDisplayed());
        assertTrue(driver.findElement(By.id("error")).getText().contains("No document"),
                driver.findElement(By.id("error")).getText());
    }

    @Test
    void keyboardSearchSortPagingAndExport() throws Exception {
        driver.get(url("/"));
        awaitResults();
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("Shusha", Keys.ENTER);
        await(d -> query().contains("q=Shusha"));
        awaitResults();
        long shusha = total();
        assertTrue(shusha > 0);
        assertTrue(driver.findElement(By.cssSelector("#hits .snippet mark")).getText().equalsIgnoreCase("Shusha"));
        assertEquals("polite", driver.findElement(By.id("count")).getAttribute("aria-live"));

        String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
        assertTrue(csv.contains("q=Shusha") && csv.contains("format=csv"), csv);
        HttpResponse<String> exported = get(csv.substring(csv.indexOf("/api/")));
        assertEquals(200, exported.statusCode());
        assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String jsonHref = driver.findElement(By.id("export-json")).getAttribute("href");
        assertEquals(shusha, getJson(jsonHref.substring(jsonHref.indexOf("/api/"))).size());

        // Escape clears the query; all documents come back.
        box.sendKeys(Keys.ESCAPE);
        await(d -> !query().contains("q="));
        awaitResults();
        long all = total();
        assertTrue(all > shusha);

        // Sort and page through the whole archive.
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("signed_desc");
        await(d -> query().contains("sort=signed_desc"));
        awaitResults();
        if (all > 20) {
            String firstOnPage1 = driver.findElement(By.cssSelector("#hits .hit-title a")).getText();
            driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
            await(d -> query().contains("page=2"));
            awaitResults();
            assertEquals("2", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
            assertEquals(21, Integer.parseInt(driver.findElement(By.id("hits")).getAttribute("start")));
            assertNotEquals(firstOnPage1, driver.findElement(By.cssSelector("#hits .hit-title a")).getText());
            Browser.screenshot(driver, "10-sorted-page-2");
            driver.navigate().back();
            await(d -> !query().contains("page=2"));
            awaitResults();
            assertEquals(firstOnPage1, driver.findElement(By.cssSelector("#hits .hit-title a")).getText());
        }
    }

    @Test
    void phoneWidthShowsResultsAndFoldsTheFilters() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/?q=agreement"));
        awaitResults();
        WebElement toggle = driver.findElement(By.id("filters-toggle"));
        assertTrue(toggle.isDisplayed());
        assertFalse(driver.findElement(By.id("sidebar")).isDisplayed());
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling at phone width: " + overflow + " px too wide");
        Browser.screenshot(driver, "11-phone-results");
        toggle.click();
        assertTrue(driver.findElement(By.id("sidebar")).isDisplayed());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        Browser.screenshot(driver, "12-phone-filters");
        driver.findElement(By.cssSelector("#hits .hit-title a")).click();
        await(d -> d.findElement(By.id("doc")).isDisplayed());
        long docOverflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(docOverflow <= 0, "document page fits a phone: " + docOverflow);
        Browser.screenshot(driver, "13-phone-document");
    }

    @Test
    void documentPageMarksEvidenceAndPagesLongText() throws Exception {
        // Find a document with evidence in the archive through the API, if metadata extraction gave any.
        JsonNode hits = getJson("/api/search?size=100").get("hits");
        String withEvidence = null;
        String longest = null;
        int longestLength = 0;
        for (JsonNode hit : hits) {
            JsonNode doc = getJson("/api/documents/" + hit.get("id").asText() + "?text_length=0");
            int total = doc.path("text").path("total").asInt();
            if (total > longestLength) {
                longestLength = total;
                longest = hit.get("id").asText();
            }
            if (withEvidence == null && doc.path("evidence").isObject() && doc.path("evidence").size() > 0) {
                withEvidence = hit.get("id").asText();
            }
        }
        if (withEvidence == null) {
            System.out.println("[web-ui] no document on the first page of results has evidence yet: marks not checked");
        } else {
            driver.get(url("/doc.html?id=" + withEvidence));
            await(d -> d.findElement(By.id("doc")).isDisplayed());
            assertFalse(driver.findElements(By.cssSelector(".evidence q")).isEmpty(), "evidence sentences are listed");
            Browser.screenshot(driver, "14-document-metadata-evidence");
            JsonNode doc = getJson("/api/documents/" + withEvidence);
            boolean inFirstPage = false;
            for (JsonNode ev : (Iterable<JsonNode>) () -> doc.get("evidence").elements()) {
                inFirstPage |= ev.path("end").asInt() <= 50_000 && ev.path("end").asInt() > ev.path("start").asInt();
            }
            if (inFirstPage) {
                WebElement mark = driver.findElement(By.cssSelector("#text mark.ev"));
                assertTrue(mark.isDisplayed() && !mark.getText().isBlank(), "an evidence sentence is marked in the text");
                driver.findElement(By.cssSelector(".evidence .ev-jump")).click();
            }
            System.out.println("[web-ui] evidence of " + withEvidence + ": " + doc.get("evidence").size() + " field(s)");
            Browser.screenshot(driver, "14-document-evidence-in-text");
        }
        assertTrue(longest != null);
        driver.get(url("/doc.html?id=" + longest));
        await(d -> d.findElement(By.id("doc")).isDisplayed());
        if (longestLength > 50_000) {
            String status = driver.findElement(By.id("text-status")).getText();
            assertTrue(status.startsWith("Characters 1–50,000 of"), status);
            driver.findElement(By.cssSelector("#text-pager a[rel=next]")).click();
            await(d -> d.getCurrentUrl().contains("offset=50000"));
            await(d -> d.findElement(By.id("text-status")).getText().startsWith("Characters 50,001–"));
            Browser.screenshot(driver, "15-document-part-2");
            driver.navigate().back();
            await(d -> d.findElement(By.id("text-status")).getText().startsWith("Characters 1–"));
        } else {
            System.out.println("[web-ui] the longest document has " + longestLength + " characters: one text page");
        }
    }

    // ---------- helpers ----------

    private record Facet(String facet, String param, String title, String key, long count, String checkboxId) {
    }

    private Facet pickFacet(long total) {
        Map<String, String[]> names = Map.of("parties", new String[]{"party", "Party"},
                "language", new String[]{"language", "Language"}, "type", new String[]{"type", "Type"},
                "status", new String[]{"status", "Status"}, "place", new String[]{"place", "Place"});
        List<Facet> candidates = new ArrayList<>();
        for (String facet : FACETS) {
            for (WebElement bucket : driver.findElements(By.cssSelector("#facet-" + facet + " .bucket"))) {
                WebElement box = bucket.findElement(By.cssSelector("input[type=checkbox]"));
                long count = Long.parseLong(bucket.findElement(By.cssSelector(".bucket-count")).getText().replace(",", ""));
                candidates.add(new Facet(facet, names.get(facet)[0], names.get(facet)[1], box.getAttribute("value"),
                        count, box.getAttribute("id")));
            }
            System.out.println("[web-ui] facet " + facet + ": "
                    + candidates.stream().filter(c -> c.facet.equals(facet)).count() + " bucket(s) shown");
        }
        assertFalse(candidates.isEmpty(), "at least one facet has a bucket");
        // The first facet in order (parties first) with a bucket that narrows the results.
        return candidates.stream().filter(c -> c.count > 0 && c.count < total).findFirst()
                .orElse(candidates.get(0));
    }
}
