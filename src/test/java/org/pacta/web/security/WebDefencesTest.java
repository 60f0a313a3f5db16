package org.pacta.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

/** Pacta with its default web settings: browser headers everywhere, CORS off, uploads checked for type and size. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebDefencesTest {

    private static final int UPLOAD_LIMIT_KB = 64;

    @Value("${local.server.port}")
    private int port;
    private SecuredPacta pacta;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "defences");
        registry.add("spring.servlet.multipart.max-file-size", () -> UPLOAD_LIMIT_KB + "KB");
        registry.add("spring.servlet.multipart.max-request-size", () -> UPLOAD_LIMIT_KB + "KB");
    }

    @BeforeEach
    void client() {
        pacta = new SecuredPacta(port);
    }

    @Test
    void everyAnswerCarriesTheBrowserHeaders() throws Exception {
        Map<String, HttpResponse<String>> answers = Map.of(
                "page", pacta.get("/", null),
                "API JSON", pacta.get("/api/search?q=treaty", null),
                "API error", pacta.get("/api/documents/not-an-id", null),
                "missing page", pacta.get("/no-such-page.html", null),
                "refused write", pacta.delete("/api/documents/" + SecuredPacta.NO_SUCH_DOCUMENT, null));
        assertEquals(200, answers.get("page").statusCode());
        assertEquals(400, answers.get("API error").statusCode());
        assertEquals(404, answers.get("missing page").statusCode());
        assertEquals(401, answers.get("refused write").statusCode());
        answers.forEach((what, response) -> {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), what + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
            assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), what);
            assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"), what);
            assertEquals(Optional.of("same-origin"), response.headers().firstValue("Referrer-Policy"), what);
        });
    }

    @Test
    void theUiHasNoInlineScriptForThePolicyToBlock() throws Exception {
        for (String page : new String[]{"/", "/doc.html", "/agreement.html"}) {
            String html = pacta.get(page, null).body();
            assertFalse(html.matches("(?is).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline <script>");
            assertFalse(html.matches("(?is).*\\son[a-z]+\\s*=.*"), page + " has an inline event handler");
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> preflight = pacta.options("/api/documents", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Authorization");
        assertEquals(403, preflight.statusCode(), "preflight refused");
        assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> crossOrigin = pacta.get("/api/search?q=treaty", null, "Origin", "https://evil.example");
        assertEquals(Optional.empty(), crossOrigin.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(403, crossOrigin.statusCode(), "another site's page cannot read the archive through the browser");
        HttpResponse<String> sameOrigin = pacta.get("/api/search?q=treaty", null, "Origin", "http://127.0.0.1:" + port);
        assertEquals(200, sameOrigin.statusCode(), "Pacta's own pages still work");
    }

    @Test
    void uploadsThatAreNotDocumentsAreRefusedWith415() throws Exception {
        HttpResponse<String> exeName = pacta.upload("setup.exe", "Agreement on trade.".getBytes(StandardCharsets.UTF_8), WRITE_KEY);
        assertProblem(exeName, 415, "setup.exe");
        byte[] elf = new byte[256];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        HttpResponse<String> program = pacta.upload("treaty.pdf", elf, WRITE_KEY);
        assertProblem(program, 415, "treaty.pdf");
        HttpResponse<String> text = pacta.upload("note.txt",
                "Note on the agreement on fisheries between Norway and Iceland.".getBytes(StandardCharsets.UTF_8), WRITE_KEY);
        assertEquals(201, text.statusCode(), "a text passes the same check: " + text.body());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() throws Exception {
        byte[] large = new byte[(UPLOAD_LIMIT_KB + 16) * 1024];
        Arrays.fill(large, (byte) 'a');
        assertProblem(pacta.upload("large.txt", large, WRITE_KEY), 413, "");
    }

    private void assertProblem(HttpResponse<String> response, int status, String detailMentions) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        JsonNode problem = json.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.path("detail").asText().contains(detailMentions), response.body());
    }
}
