package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacta.core.Sha256;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest page (/ingest.html) in headless Chromium, over a Pacta of its own (fresh indices and data dir on the
 * shared test node) whose ingest roots are a folder the test writes and the shared bench agreements: no jobs yet,
 * a real job over real files with one broken file, and a long job stopped from the page with the write key.
 * The tests run in order: the empty state needs a server that has not run a job yet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobsUiTest extends ChromiumTest {

    private static final String WRITE_KEY = "ingest-ui-test-write-key";
    private static final Path HOME = TestDirs.fresh("ingest-ui", "home");
    private static final Path ROOT = TestDirs.fresh("ingest-ui", "root");
    /** 417 real agreements: enough work for a job to still be running when the page stops it. */
    private static final Path BENCH = Path.of(System.getProperty("pacta.test.shared")).resolve("bench/agreements");
    /** The broken file's name is markup too: the page must show it as text. */
    private static final String BROKEN = "<img src=x onerror=alert(1)>.pdf";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> TestElasticsearch.uniquePrefix("ingest-ui"));
        registry.add("pacta.home", HOME::toString);
        registry.add("pacta.api-keys", () -> "sha256:" + Sha256.hex(WRITE_KEY)); // the configuration holds hashes only
        registry.add("pacta.ingest.roots", () -> ROOT + "," + BENCH);
    }

    @Test
    @Order(1)
    void withoutJobsThePageSaysHowToStartOne() throws Exception {
        assertEquals(0, api().getJson("/api/ingest-jobs").get("jobs").size(), "a fresh server has run no job");
        driver.get(api().uri("/ingest.html").toString());
        await(d -> d.findElement(By.id("empty")).isDisplayed());

        String empty = driver.findElement(By.id("empty")).getText();
        assertTrue(empty.contains("No ingest jobs yet."), empty);
        assertTrue(empty.contains("./pacta ingest DIR"), empty);
        assertTrue(empty.contains("POST /api/ingest-jobs") && empty.contains("PACTA_INGEST_ROOTS"), empty);
        assertTrue(driver.findElements(By.cssSelector("#jobs li")).isEmpty());
        assertFalse(driver.findElement(By.id("watches-section")).isDisplayed(), "no watches in the answer, no section");
        assertNoError();
        assertEquals("off", driver.findElement(By.tagName("body")).getDomAttribute("data-polling"),
                "nothing runs, so the page does not keep asking");
        Browser.screenshot(driver, "ingest-01-empty");
    }

    @Test
    @Order(2)
    void aJobOverRealFilesShowsItsFolderProgressAndFailure() throws Exception {
        Path folder = Files.createDirectories(ROOT.resolve("treaties-" + UUID.randomUUID()));
        Files.writeString(folder.resolve("fisheries.txt"), "Agreement between Norway and Iceland on fisheries, signed at Oslo.");
        Files.writeString(folder.resolve("trade.txt"), "Protocol on trade between Azerbaijan and Türkiye.");
        Files.write(folder.resolve(BROKEN), "%PDF-1.4 not really a PDF".getBytes(StandardCharsets.US_ASCII));
        String id = startJob(folder);

        driver.get(api().uri("/ingest.html").toString());
        JsonNode job = awaitEnded(id, "DONE");

        WebElement card = card(driver, id);
        assertEquals(folder.toRealPath().toString(), card.findElement(By.cssSelector(".job-title")).getText());
        assertEquals("Done", card.findElement(By.cssSelector(".job-state")).getText());
        assertTrue(card.findElement(By.cssSelector(".job-meta")).getText().startsWith("Started through the API"),
                card.findElement(By.cssSelector(".job-meta")).getText());
        String progress = card.findElement(By.cssSelector(".progress-line")).getText();
        assertTrue(progress.startsWith("3 / 3 files · 100%"), progress);
        assertTrue(progress.contains("2 documents written"), progress);
        WebElement bar = card.findElement(By.cssSelector("[role=progressbar]"));
        assertEquals("3", bar.getDomAttribute("aria-valuenow"));
        assertEquals("3", bar.getDomAttribute("aria-valuemax"));
        assertTrue(card.findElements(By.cssSelector("button.stop")).isEmpty(), "a finished job has no Stop button");

        // The failure: folded under its count, the file's name, reason and message once opened.
        WebElement failures = card.findElement(By.cssSelector("details.failures"));
        assertEquals("1 file failed", failures.findElement(By.tagName("summary")).getText());
        WebElement failure = failures.findElement(By.cssSelector(".failure"));
        assertFalse(failure.isDisplayed(), "failures are folded until asked for");
        failures.findElement(By.tagName("summary")).click();
        await(d -> card(d, id).findElement(By.cssSelector(".failure")).isDisplayed());
        failure = card(driver, id).findElement(By.cssSelector(".failure"));
        JsonNode listed = job.get("failures").get(0);
        assertEquals(BROKEN, failure.findElement(By.cssSelector(".failure-file")).getText());
        assertEquals("corrupt", listed.get("reason").asText(), job.toString());
        assertEquals("corrupt", failure.findElement(By.cssSelector(".reason")).getText());
        assertTrue(failure.getText().contains(listed.get("message").asText().strip()), failure.getText());
        assertTrue(driver.findElements(By.cssSelector("#jobs img")).isEmpty(), "the file name made no element");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no script ran");

        String facts = card(driver, id).findElement(By.cssSelector(".job-facts")).getText();
        assertTrue(facts.contains("2 indexed · 1 failed"), facts);
        JsonNode agreements = job.get("agreements");
        assertTrue(facts.contains(agreements.get("written").asInt() + " written, " + agreements.get("unchanged").asInt()
                + " unchanged, " + agreements.get("removed").asInt() + " removed"), facts);
        assertEquals(job.get("report").asText(), card(driver, id).findElement(By.cssSelector(".report")).getText());
        assertFalse(driver.findElement(By.id("empty")).isDisplayed());
        assertNoError();
        assertEquals("off", driver.findElement(By.tagName("body")).getDomAttribute("data-polling"),
                "every job has ended, so the page stopped asking");
        Browser.screenshot(driver, "ingest-02-done-with-failure");
    }

    @Test
    @Order(3)
    void aRunningJobIsStoppedFromThePageWithTheWriteKey() throws Exception {
        String id = startJob(BENCH);
        driver.get(api().uri("/ingest.html").toString());
        await(d -> card(d, id).findElement(By.cssSelector(".job-state")).getText().matches("Queued|Running"));
        Browser.screenshot(driver, "ingest-03-running");

        // A wrong key is refused: the job goes on, and the page asks for the key again next time.
        clickStop(id);
        enterKey("not-the-write-key");
        await(d -> d.findElement(By.id("error")).isDisplayed());
        assertTrue(driver.findElement(By.id("error")).getText().contains("refused the key"),
                driver.findElement(By.id("error")).getText());
        assertTrue(List.of("QUEUED", "RUNNING").contains(api().getJson("/api/ingest-jobs/" + id).get("state").asText()),
                "the job had to be still running when the page stopped it; the bench folder was ingested too fast");

        clickStop(id);
        enterKey(WRITE_KEY);
        JsonNode job = awaitEnded(id, "CANCELLED");
        int done = job.get("files_done").asInt();
        int total = job.get("total_files").asInt();
        assertTrue(done < total, "stopped before the end: " + job);

        WebElement card = card(driver, id);
        assertEquals("Cancelled", card.findElement(By.cssSelector(".job-state")).getText());
        assertTrue(card.findElements(By.cssSelector("button.stop")).isEmpty(), "an ended job has no Stop button");
        String progress = card.findElement(By.cssSelector(".progress-line")).getText();
        assertTrue(progress.startsWith(String.format(Locale.ROOT, "%,d / %,d files", done, total)), progress + " vs " + job);
        assertNoError();
        Browser.screenshot(driver, "ingest-04-cancelled");
    }

    /** Waits until the page shows the job ended in this state; the job as the API gives it, in the same state. */
    private JsonNode awaitEnded(String id, String state) throws Exception {
        await(Duration.ofMinutes(2), d -> state.equals(card(d, id).getDomAttribute("data-state")));
        JsonNode job = api().getJson("/api/ingest-jobs/" + id);
        assertEquals(state, job.get("state").asText(), job.toString());
        return job;
    }

    private static void assertNoError() {
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), () -> driver.findElement(By.id("error")).getText());
    }

    /** Clicks a job's Stop button; the list is redrawn as it refreshes, so a stale button is looked up again. */
    private void clickStop(String id) {
        await(d -> {
            card(d, id).findElement(By.cssSelector("button.stop")).click();
            return true;
        });
    }

    private void enterKey(String key) {
        await(d -> d.findElement(By.id("key-dialog")).isDisplayed());
        driver.findElement(By.id("api-key")).sendKeys(key);
        driver.findElement(By.id("key-submit")).click();
        await(d -> !d.findElement(By.id("key-dialog")).isDisplayed());
    }

    private static WebElement card(WebDriver driver, String id) {
        return driver.findElement(By.id("job-" + id));
    }

    private <T> T await(Function<WebDriver, T> condition) {
        return await(Duration.ofSeconds(20), condition);
    }

    /** Waits for the page to reach a state; the job list is redrawn while jobs run, so stale elements are retried. */
    private <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Starts a server job on a folder through the API, with the write key; its id. */
    private String startJob(Path folder) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("path", folder.toRealPath().toString()));
        HttpResponse<String> started = ApiContract.checked(port, "POST", http.send(HttpRequest.newBuilder(api().uri("/api/ingest-jobs"))
                .header("Authorization", "ApiKey " + WRITE_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(202, started.statusCode(), started.body());
        return json.readTree(started.body()).get("id").asText();
    }
}
