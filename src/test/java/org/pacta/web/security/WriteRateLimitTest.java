package org.pacta.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.NO_SUCH_DOCUMENT;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

/** Writes are limited per client address (a burst, then a rate); guesses without a valid key count too; reads never. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteRateLimitTest {

    private static final int BURST = 4;

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "rate");
        registry.add("pacta.web.write-rate", () -> 1);
        registry.add("pacta.web.write-burst", () -> BURST);
    }

    @Test
    void theWriteAfterTheBurstIsRefusedWithRetryAfterWhileReadsGoOn() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        String document = "/api/documents/" + NO_SUCH_DOCUMENT;
        assertEquals(401, pacta.delete(document, null).statusCode(), "a request without a key uses up the burst too");
        assertEquals(403, pacta.delete(document, "guessed-key").statusCode(), "so does a wrong key");
        for (int i = 2; i < BURST; i++) {
            assertEquals(404, pacta.delete(document, WRITE_KEY).statusCode());
        }
        HttpResponse<String> refused = pacta.delete(document, WRITE_KEY);
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "one write a minute: retry within a minute, not " + retryAfter);
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertEquals(429, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("PACTA_WRITE_RATE"), refused.body());

        for (int i = 0; i < 3 * BURST; i++) {
            assertEquals(200, pacta.get("/api/search?q=treaty", null).statusCode(), "reads are not limited");
        }
        assertEquals(429, pacta.delete(document, WRITE_KEY).statusCode(), "still limited: the refill takes a minute");
    }
}
