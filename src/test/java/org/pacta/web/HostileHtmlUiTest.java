package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacta.extraction.Fixtures;
import org.pacta.service.ArchiveFolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An archived HTML page whose text is markup ({@code <script>}, {@code <img onerror>}): the API gives it
 * back as text and escaped snippets, and the document page shows it as text without running any of it.
 * Its own small archive, not the shared corpus, so the corpus tests' counts stay as they are.
 */
class HostileHtmlUiTest extends OwnArchiveUiTest {

    private static final String MARKUP = Fixtures.HOSTILE_MARKUP;
    private static final ArchiveFolder ARCHIVE = hostileArchive();

    @DynamicPropertySource
    static void onTheHostileArchive(DynamicPropertyRegistry registry) {
        serve(registry, ARCHIVE);
    }

    @Test
    void hostileMarkupInTheTextIsShownAsText() throws Exception {
        LocalApi api = api();
        JsonNode search = api.getJson("/api/search?q=" + LocalApi.enc("hostile markup"));
        assertEquals(1, search.get("total").asInt(), search.toString());
        JsonNode hit = search.get("hits").get(0);
        String snippets = hit.get("snippets").toString();
        assertFalse(snippets.replace("<mark>", "").replace("</mark>", "").contains("<"), "escaped: " + snippets);

        String id = hit.get("id").asText();
        JsonNode document = api.getJson("/api/documents/" + id);
        assertTrue(document.toString().contains(MARKUP), "the API gives the markup back as text: " + document);

        driver.get(api.uri("/doc.html?id=" + id).toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.id("text")).getText().contains("hostile markup"));
        String shown = driver.findElement(By.id("text")).getText();
        assertTrue(shown.contains(MARKUP), "the page shows the markup as text: " + shown);
        assertTrue(driver.findElements(By.cssSelector("#text script, #text img, main img[onerror]")).isEmpty(),
                "no element made from the text");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no script ran");
        assertFalse("executed".equals(driver.getTitle()), "the page's own script did not run");
    }

    private static ArchiveFolder hostileArchive() {
        try {
            ArchiveFolder archive = ArchiveFolder.create("hostile-html");
            Files.writeString(archive.folder().resolve("hostile.html"), Fixtures.hostileHtml(), StandardCharsets.UTF_8);
            archive.ingest();
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
