package org.pacta.web.security;

import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With PACTA_CORS_ORIGINS set, exactly those origins' pages may call the API; others stay refused. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorsOriginsTest {

    private static final String ALLOWED = "https://treaties.example.org";

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "cors");
        registry.add("pacta.web.cors-origins", () -> ALLOWED);
    }

    @Test
    void aConfiguredOriginMayCallTheApi() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        HttpResponse<String> preflight = pacta.options("/api/documents/" + SecuredPacta.NO_SUCH_DOCUMENT,
                "Origin", ALLOWED, "Access-Control-Request-Method", "DELETE",
                "Access-Control-Request-Headers", "Authorization");
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals(Optional.of(ALLOWED), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("DELETE"));

        HttpResponse<String> search = pacta.get("/api/search?q=treaty", null, "Origin", ALLOWED);
        assertEquals(200, search.statusCode());
        assertEquals(Optional.of(ALLOWED), search.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void anyOtherOriginIsStillRefused() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        HttpResponse<String> preflight = pacta.options("/api/search", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET");
        assertEquals(403, preflight.statusCode());
        assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> search = pacta.get("/api/search?q=treaty", null, "Origin", "https://evil.example");
        assertEquals(Optional.empty(), search.headers().firstValue("Access-Control-Allow-Origin"));
    }
}
