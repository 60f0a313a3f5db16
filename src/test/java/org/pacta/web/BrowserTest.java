package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacta.service.IngestedCorpus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the browser tests over the ingested shared corpus share: the corpus, desktop width, and the helpers
 * that read the search page as a user does.
 */
abstract class BrowserTest extends ChromiumTest {

    /** The result count in either view: "1,234 documents …", "1 agreement matches …". */
    static final Pattern COUNT = Pattern.compile("([\\d,]+) (documents?|agreements?)\\b");

    @DynamicPropertySource
    static void onTheIngestedCorpus(DynamicPropertyRegistry registry) {
        IngestedCorpus.serveFrom(registry);
    }

    /** Every test starts at desktop width, whatever size the one before it left the shared window at. */
    @BeforeEach
    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The address of a page of this test's Pacta, for the browser. */
    String url(String path) {
        return api().uri(path).toString();
    }

    /** The API's answer as the server gives it, whatever its status: to check what the page shows against it. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api().get(path);
    }

    /** The API's JSON answer to a GET that must succeed: what the page should agree with. */
    JsonNode getJson(String path) throws IOException, InterruptedException {
        return api().getJson(path);
    }

    /** A value for a query parameter, URL-encoded. */
    static String enc(String s) {
        return LocalApi.enc(s);
    }

    /** Waits (20 s at most) for the page to reach a state: the UI loads and renders asynchronously. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    /** Waits until the search page has loaded and shows a count, then requires that it shows no error. */
    void awaitResults() {
        await(d -> !d.findElement(By.id("loading")).isDisplayed()
                && (COUNT.matcher(d.findElement(By.id("count")).getText()).find()
                || d.findElement(By.id("error")).isDisplayed()));
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), () -> driver.findElement(By.id("error")).getText());
    }

    /** The shown result count, which must be there: the number the page claims, to compare with the API's. */
    long total() {
        return Long.parseLong(count().group(1).replace(",", ""));
    }

    /** The count line matched against {@link #COUNT}: group 1 the number, group 2 what it counts. */
    Matcher count() {
        String text = driver.findElement(By.id("count")).getText();
        Matcher m = COUNT.matcher(text);
        assertTrue(m.find(), "a result count is shown: " + text);
        return m;
    }

    /** The query string of the current address: the page keeps its whole state there. */
    String query() {
        String url = driver.getCurrentUrl();
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    /** One decoded parameter of an address (null when absent): ids in links and the current address. */
    static String param(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The active filters as their chips say them ("Party: Azerbaijan"), without the remove sign. */
    List<String> chips() {
        return driver.findElements(By.cssSelector("#chips .chip")).stream().map(WebElement::getText)
                .map(t -> t.replace("×", "").strip()).toList();
    }
}
