package org.pacta.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.NO_SUCH_DOCUMENT;
import static org.pacta.web.security.SecuredPacta.READ_KEY;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

/** With read keys configured, every API read needs a key (401 without, 403 wrong); pages and health stay open. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiKeyAccessTest {

    private static final List<String> READS = List.of("/api/search?q=treaty", "/api/agreements", "/api/parties?prefix=tu",
            "/api/export?format=json", "/api/documents/" + NO_SUCH_DOCUMENT, "/api/documents/" + NO_SUCH_DOCUMENT + "/original");

    @Value("${local.server.port}")
    private int port;
    private SecuredPacta pacta;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "read-keys");
        registry.add("pacta.web.read-keys", () -> SecuredPacta.hash(READ_KEY));
    }

    @BeforeEach
    void client() {
        pacta = new SecuredPacta(port);
    }

    @Test
    void everyApiReadNeedsAReadOrWriteKey() throws Exception {
        for (String path : READS) {
            HttpResponse<String> anonymous = pacta.get(path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertEquals("ApiKey", anonymous.headers().firstValue("WWW-Authenticate").orElse(""), path);
            assertTrue(anonymous.body().contains("Reading needs an API key"), anonymous.body());
            assertEquals(403, pacta.get(path, "not-a-key").statusCode(), path);
            int withReadKey = pacta.get(path, READ_KEY).statusCode();
            assertTrue(withReadKey == 200 || withReadKey == 404, path + " with the read key → " + withReadKey);
            assertEquals(withReadKey, pacta.get(path, WRITE_KEY).statusCode(), path + ": a write key also reads");
        }
    }

    @Test
    void pagesScriptsAndHealthStayOpen() throws Exception {
        for (String path : List.of("/", "/doc.html", "/js/search.js", "/css/pacta.css", "/actuator/health")) {
            assertEquals(200, pacta.get(path, null).statusCode(), path);
        }
    }

    @Test
    void aReadKeyCannotWrite() throws Exception {
        String document = "/api/documents/" + NO_SUCH_DOCUMENT;
        assertEquals(401, pacta.delete(document, null).statusCode());
        HttpResponse<String> withReadKey = pacta.delete(document, READ_KEY);
        assertEquals(403, withReadKey.statusCode());
        assertTrue(withReadKey.body().contains("not allowed to write"), withReadKey.body());
        assertEquals(404, pacta.delete(document, WRITE_KEY).statusCode(), "the write key gets through to the (missing) document");
    }
}
