package org.pacta.web.security;

import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.READ_KEY;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

/** {@code /actuator/prometheus} as a scraper reads it: behind the read key when read keys are set, with Pacta's own series. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrometheusMetricsTest {

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "prometheus");
        registry.add("pacta.web.read-keys", () -> SecuredPacta.hash(READ_KEY));
    }

    @Test
    void searchesAndIngestsAreCountedAndTimed() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        assertEquals(401, pacta.get("/actuator/prometheus", null).statusCode(), "read keys are set: a scraper needs one");
        assertEquals(403, pacta.get("/actuator/prometheus", "not-a-key").statusCode());

        byte[] treaty = "Treaty of friendship between France and Japan, signed at Paris on 1 March 1990."
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = pacta.upload("treaty.txt", treaty, WRITE_KEY);
        assertEquals(201, upload.statusCode(), upload.body());
        byte[] scan = scan("TREATY OF FRIENDSHIP");
        HttpResponse<String> scanned = pacta.upload("scan.png", scan, WRITE_KEY);
        assertTrue(scanned.body().contains("\"outcome\":\"indexed\""), "the scan is read by OCR: " + scanned.body());
        HttpResponse<String> blank = pacta.upload("blank.txt", "   \n".getBytes(StandardCharsets.UTF_8), WRITE_KEY);
        assertTrue(blank.body().contains("failed"), "a blank file fails: " + blank.body());
        assertEquals(200, pacta.get("/api/search?q=friendship", READ_KEY).statusCode());
        assertEquals(200, pacta.get("/api/search?q=friendship", READ_KEY).statusCode());
        assertEquals(200, pacta.get("/api/agreements", READ_KEY).statusCode());

        HttpResponse<String> scrape = pacta.get("/actuator/prometheus", READ_KEY);
        assertEquals(200, scrape.statusCode(), scrape.body());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                scrape.headers().toString());
        String metrics = scrape.body();
        assertEquals(2, value(metrics, "pacta_search_seconds_count\\{endpoint=\"/api/search\",status=\"200\"\\}"), metrics);
        assertEquals(1, value(metrics, "pacta_search_seconds_count\\{endpoint=\"/api/agreements\",status=\"200\"\\}"));
        assertEquals(2, value(metrics, "pacta_ingest_files_total\\{outcome=\"indexed\",reason=\"none\"\\}"));
        assertEquals(1, value(metrics, "pacta_ingest_files_total\\{outcome=\"failed\",reason=\"empty\"\\}"));
        assertEquals(2, value(metrics, "pacta_ingest_documents_indexed_total"));
        assertEquals(treaty.length + scan.length, value(metrics, "pacta_ingest_indexed_bytes_total"), "the two files' bytes");
        assertEquals(1, value(metrics, "pacta_ocr_pages_total"), "the scan is one image; the text needs no OCR");
        double health = value(metrics, "pacta_elasticsearch_health");
        assertTrue(health == 1 || health == 2, "a test cluster answers green or yellow: " + health);
    }

    /** A picture of a line of text, as a scanner would make it. */
    private static byte[] scan(String text) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 160, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 900, 160);
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, 56));
        g.drawString(text, 30, 100);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no series " + series + " in:\n" + metrics.lines()
                    .filter(l -> l.startsWith("pacta_")).reduce("", (a, b) -> a + b + "\n"));
        }
        return Double.parseDouble(line.group(1));
    }
}
