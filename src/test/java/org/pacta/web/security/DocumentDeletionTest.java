package org.pacta.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.web.LocalApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.web.security.SecuredPacta.WRITE_KEY;

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
        assertTrue(searchIds().containsAll(Set.of(treaty, note)));
        JsonNode agreement = json.readTree(pacta.get("/api/documents/" + treaty, null).body()).get("agreement");
        assertTrue(agreement != null && agreement.hasNonNull("id"), "the treaty founds an agreement: " + agreement);
        String agreementPath = "/api/agreements/" + LocalApi.enc(agreement.get("id").asText());
        assertEquals(200, pacta.get(agreementPath, null).statusCode());
        assertEquals(200, pacta.get("/api/documents/" + treaty + "/original", null).statusCode());

        assertEquals(401, pacta.delete("/api/documents/" + treaty, null).statusCode());
        assertEquals(403, pacta.delete("/api/documents/" + treaty, "not-a-key").statusCode());
        assertTrue(searchIds().contains(treaty), "refused deletions delete nothing");

        HttpResponse<String> deleted = pacta.delete("/api/documents/" + treaty, WRITE_KEY);
        assertEquals(200, deleted.statusCode(), deleted.body());
        JsonNode answer = json.readTree(deleted.body());
        assertEquals(1, answer.get("forgotten_paths").size(), deleted.body());
        assertTrue(Files.notExists(Path.of(answer.get("forgotten_paths").get(0).asText())), "the uploaded copy is deleted");
        assertEquals(1, answer.get("agreements").get("deleted").asInt(), deleted.body());

        Set<String> left = searchIds();
        assertTrue(left.contains(note) && !left.contains(treaty), "only the deleted document leaves search: " + left);
        assertEquals(404, pacta.get(agreementPath, null).statusCode(), "the agreements were rebuilt without it");
        assertEquals(404, pacta.get("/api/documents/" + treaty, null).statusCode());
        assertEquals(404, pacta.get("/api/documents/" + treaty + "/original", null).statusCode());
        assertEquals(404, pacta.delete("/api/documents/" + treaty, WRITE_KEY).statusCode(), "already gone");
        assertEquals(400, pacta.delete("/api/documents/not-an-id", WRITE_KEY).statusCode());
    }

    @Test
    void anArchiveMemberGoesOnlyWithItsArchive() throws Exception {
        SecuredPacta pacta = new SecuredPacta(port);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("minutes.txt"));
            out.write("Minutes of the meeting on the pipeline protocol.".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String archive = uploadedId(pacta.upload("bundle.zip", zip.toByteArray(), WRITE_KEY));
        String member = null;
        for (String id : searchIds()) {
            if (json.readTree(get(pacta, "/api/documents/" + id)).path("parent_sha256").asText().equals(archive)) {
                member = id;
            }
        }
        assertTrue(member != null, "the ZIP's text is a document of its own");

        HttpResponse<String> refused = pacta.delete("/api/documents/" + member, WRITE_KEY);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(archive), "names the archive to delete: " + refused.body());
        assertTrue(searchIds().contains(member));

        assertEquals(200, pacta.delete("/api/documents/" + archive, WRITE_KEY).statusCode());
        Set<String> left = searchIds();
        assertTrue(!left.contains(archive) && !left.contains(member), "the archive takes its member along: " + left);
    }

    private String uploadedId(HttpResponse<String> upload) throws Exception {
        assertEquals(201, upload.statusCode(), upload.body());
        JsonNode file = json.readTree(upload.body()).get(0);
        assertEquals("indexed", file.get("outcome").asText(), upload.body());
        return file.get("id").asText();
    }

    /** The ids of every archived document (the tests' archive holds a handful). */
    private Set<String> searchIds() throws Exception {
        Set<String> ids = new HashSet<>();
        json.readTree(get(new SecuredPacta(port), "/api/search?size=100")).get("hits")
                .forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static String get(SecuredPacta pacta, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = pacta.get(path, null);
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return response.body();
    }
}
