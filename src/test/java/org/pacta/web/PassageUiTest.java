package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passages in headless Chromium over the ingested corpus: a result's locator leads to its passage,
 * in view and highlighted, in the right part of a long text; a document's matches and contents; an
 * agreement's contents.
 */
class PassageUiTest extends BrowserTest {

    @Test
    void aLocatorInTheResultsOpensTheDocumentAtThatPassage() throws Exception {
        // A passage past the first 50,000 characters, so the page must open the part of the text that holds it.
        String words = "\"dispute settlement\"";
        JsonNode deep = null;
        String documentId = null;
        for (JsonNode hit : getJson("/api/search?size=20&q=" + enc(words)).get("hits")) {
            for (JsonNode passage : hit.get("passages")) {
                if (deep == null && passage.get("start").asInt() > 50_000) {
                    deep = passage;
                    documentId = hit.get("id").asText();
                }
            }
        }
        assertTrue(deep != null, "some long treaty has a passage on dispute settlement past its first part");

        driver.get(url("/?q=" + enc(words)));
        awaitResults();
        JsonNode target = deep;
        WebElement link = driver.findElement(By.cssSelector("#hits .passage-hit a.locator[href*='id=" + documentId
                + "'][href$='#p-" + target.get("ordinal").asInt() + "']"));
        assertTrue(link.getText().startsWith(target.get("locator").asText()), link.getText());
        assertFalse(link.findElement(By.xpath("..")).findElements(By.cssSelector(".snippet mark")).isEmpty(),
                "the locator comes with its highlighted snippet");
        Browser.screenshot(driver, "30-results-with-passages");

        link.click();
        String anchor = "p-" + target.get("ordinal").asInt();
        await(d -> d.findElement(By.id("doc")).isDisplayed() && !d.findElements(By.cssSelector("#" + anchor + ".current")).isEmpty());
        assertTrue(driver.getCurrentUrl().endsWith("#" + anchor), driver.getCurrentUrl());
        WebElement passage = driver.findElement(By.id(anchor));
        assertTrue(inView(passage), "the passage is scrolled into view");
        assertEquals(target.get("locator").asText(), passage.getAttribute("data-locator"));
        String status = driver.findElement(By.id("text-status")).getText();
        assertFalse(status.startsWith("Characters 1–"), "the part of the text holding the passage is shown: " + status);
        assertTrue(driver.findElement(By.id("matches-section")).isDisplayed(), "the matches in this document are listed");
        assertFalse(driver.findElements(By.cssSelector("#matches li .snippet mark")).isEmpty());
        Browser.screenshot(driver, "31-document-at-passage");

        // The address is shareable: opened afresh, it comes back to the same passage.
        String shared = driver.getCurrentUrl();
        driver.get(url("/"));
        driver.get(shared);
        await(d -> !d.findElements(By.cssSelector("#" + anchor + ".current")).isEmpty());
        assertTrue(inView(driver.findElement(By.id(anchor))));
    }

    @Test
    void theContentsOfADocumentLeadToEachPassage() throws Exception {
        String id = getJson("/api/search?q=" + enc("\"dispute settlement\"")).get("hits").get(0).get("id").asText();
        JsonNode contents = getJson("/api/documents/" + id + "/passages");
        assertTrue(contents.size() >= 3, contents.toString());
        driver.get(url("/doc.html?id=" + id));
        await(d -> d.findElement(By.id("doc")).isDisplayed());
        WebElement toc = driver.findElement(By.id("toc-section"));
        toc.findElement(By.tagName("summary")).click();
        List<WebElement> entries = driver.findElements(By.cssSelector("#toc li a.locator"));
        assertEquals(contents.size(), entries.size());
        int pick = contents.size() / 2;
        entries.get(pick).click();
        String anchor = "p-" + contents.get(pick).get("ordinal").asInt();
        await(d -> !d.findElements(By.cssSelector("#" + anchor + ".current")).isEmpty());
        assertTrue(inView(driver.findElement(By.id(anchor))));
        assertEquals(1, driver.findElements(By.cssSelector(".passage.current")).size(), "one passage is the current one");
    }

    @Test
    void anAgreementShowsTheContentsOfItsText() throws Exception {
        String agreement = null;
        for (JsonNode hit : getJson("/api/agreements?size=50&q=agreement").get("hits")) {
            JsonNode full = getJson("/api/agreements/" + enc(hit.get("id").asText()));
            for (JsonNode source : full.get("sources")) {
                if ("text".equals(source.path("role").asText())
                        && getJson("/api/documents/" + source.get("document_id").asText() + "/passages").size() >= 2) {
                    agreement = hit.get("id").asText();
                }
            }
            if (agreement != null) {
                break;
            }
        }
        assertTrue(agreement != null, "an agreement whose text has passages");
        driver.get(url("/agreement.html?id=" + enc(agreement)));
        await(d -> d.findElement(By.id("contents-section")).isDisplayed());
        List<WebElement> entries = driver.findElements(By.cssSelector("#contents li a.locator"));
        assertTrue(entries.size() >= 2, "the contents list its passages");
        assertTrue(entries.get(0).getAttribute("href").matches(".*/doc\\.html\\?id=[0-9a-f]{64}#p-0"), entries.get(0).getAttribute("href"));
        Browser.screenshot(driver, "32-agreement-contents");
    }

    private boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0;", element);
    }
}
