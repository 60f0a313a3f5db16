package org.pacta.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.security.SecuredPacta.WRITE_KEY;

/** {@code DELETE /api/documents/{id}}: a keyed write that takes the document out of search, and its agreement with it. */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentDeletionTest {

    /** An agreement text from the shared seeds: on its own it founds one agreement. */
    private static final Path AGREEMENT_TEXT = Path.of(System.getProperty("pacta.test.shared"))
            .resolve("seeds/000_519bf24fa49fa326.txt");

    @Value("${local.server.port}")
    private int port;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SecuredPacta.configure(registry, "deletion");
    }

    @Test
    void aDeletedDocumentLeavesSearchItsOriginalAndTheAgreementsItFounded() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        String treaty = uploadedId(pacta.upload("treaty.txt", Files.readAllBytes(AGREEMENT_TEXT), WRITE_KEY));
        String note = uploadedId(pacta.upload("note.txt",
                "Internal note: the fisheries file is with the legal department.".getBytes(StandardCharsets.UTF_8), WRITE_KEY));
        assertEquals(2, total("/api/search?q="));
        assertEquals(1, total("/api/agreements"), "the treaty founds an agreement");
        assertEquals(200, pacta.get("/api/documents/" + treaty + "/original", null).statusCode());

        assertEquals(401, pacta.delete("/api/documents/" + treaty, null).statusCode());
        assertEquals(403, pacta.delete("/api/documents/" + treaty, "not-a-key").statusCode());
        assertEquals(2, total("/api/search?q="), "refused deletions delete nothing");

        HttpResponse<String> deleted = pacta.delete("/api/documents/" + treaty, WRITE_KEY);
        assertEquals(200, deleted.statusCode(), deleted.body());
        JsonNode answer = json.readTree(deleted.body());
        assertEquals(1, answer.get("forgotten_paths").size(), deleted.body());
        assertEquals(1, answer.get("agreements").get("deleted").asInt(), deleted.body());

        JsonNode search = json.readTree(pacta.get("/api/search?q=", null).body());
        assertEquals(1, search.get("total").asInt(), search.toString());
        assertEquals(note, search.get("hits").get(0).get("id").asText(), "the other document stays");
        assertEquals(0, total("/api/agreements"), "the agreements were rebuilt without it");
        assertEquals(404, pacta.get("/api/documents/" + treaty, null).statusCode());
        assertEquals(404, pacta.get("/api/documents/" + treaty + "/original", null).statusCode());
        assertEquals(404, pacta.delete("/api/documents/" + treaty, WRITE_KEY).statusCode(), "already gone");
        assertEquals(400, pacta.delete("/api/documents/not-an-id", WRITE_KEY).statusCode());
    }

    private String uploadedId(HttpResponse<String> upload) throws Exception {
        assertEquals(201, upload.statusCode(), upload.body());
        JsonNode file = json.readTree(upload.body()).get(0);
        assertEquals("indexed", file.get("outcome").asText(), upload.body());
        return file.get("id").asText();
    }

    private int total(String path) throws Exception {
        HttpResponse<String> response = new SecuredPacta(port).get(path, null);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).get("total").asInt();
    }
}
