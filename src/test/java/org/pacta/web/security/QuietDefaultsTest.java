package org.pacta.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a normal start says, and what {@code /actuator/health} tells whom. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuietDefaultsTest {

    @Value("${local.server.port}")
    private int port;
    @Value("${pacta.home}")
    private String home;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "quiet-defaults");
        registry.add("pacta.web.read-keys", () -> SecuredPacta.hash(SecuredPacta.READ_KEY));
    }

    @Test
    void anonymousHealthIsTheStatusAlone() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        for (String key : new String[]{null, SecuredPacta.READ_KEY, "not-a-key"}) {
            HttpResponse<String> health = pacta.get("/actuator/health", key);
            assertEquals(200, health.statusCode(), health.body());
            JsonNode body = json.readTree(health.body());
            assertTrue(Set.of("status", "groups").containsAll(fieldNames(body)), "key " + key + ": " + health.body());
            assertEquals("UP", body.get("status").asText());
            assertFalse(health.body().contains(home), health.body());
            assertEquals(404, pacta.get("/actuator/health/diskSpace", key).statusCode(), "key " + key);
        }
    }

    @Test
    void aWriteKeySeesTheDetails() throws Exception {
        HttpResponse<String> health = new SecuredPacta(port).get("/actuator/health", SecuredPacta.WRITE_KEY);
        assertEquals(200, health.statusCode(), health.body());
        JsonNode components = json.readTree(health.body()).get("components");
        assertTrue(components != null && components.has("diskSpace") && components.has("elasticsearch"), health.body());
        assertTrue(components.get("diskSpace").get("details").has("free"), health.body());
    }

    @Test
    void browsersFindTheFavicon() throws Exception {
        HttpResponse<String> icon = new SecuredPacta(port).get("/favicon.ico", null);
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());
    }

    @Test
    void aNormalStartLogsNoWarning(CapturedOutput output) {
        assertTrue(output.getAll().contains("Started QuietDefaultsTest"), "the start is captured");
        // The test harness's own search for Docker (to start the shared test cluster) is not Pacta's start.
        List<String> warnings = output.getAll().lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                .filter(line -> !line.contains(" o.t.d.") && !line.contains("org.testcontainers"))
                .toList();
        assertEquals(List.of(), warnings);
    }

    private static Set<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }
}
