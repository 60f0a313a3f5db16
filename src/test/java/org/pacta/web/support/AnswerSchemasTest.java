package org.pacta.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.pacta.web.ApiContract;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The schemas {@link ApiDescription} gives the answers built as maps (a document, an agreement, an export row)
 * hold for answers as the API writes them, and reject an undocumented property at any depth.
 */
class AnswerSchemasTest {

    private static final String EVIDENCE = """
            {"value": "2021-06-15", "sentence": "Done at Shusha on 15 June 2021.", "start": 10, "end": 41, "confidence": 0.9}""";

    private static final String DOCUMENT = """
            {"title": "Shusha Declaration", "parties": ["AZE", "TUR"], "signed_date": "2021-06-15", "signed_year": 2021,
             "signed_place": "Shusha", "status": "signed", "type": "declaration", "language": "en",
             "published_date": null, "tags": [], "curated_fields": [],
             "evidence": {"signed_date": %s},
             "party_basis": {"AZE": "signature block", "TUR": "signature block"},
             "kind": "text",
             "events": [{"kind": "signed", "date": "2021-06-15", "date_basis": "stated", "party": null, "body": null,
                         "evidence": %s}],
             "mentions": [{"name": "Kars Treaty", "year": 1921, "evidence": null}],
             "content_sha256": "%s", "source_paths": ["corpus/shusha.txt"], "file_name": "shusha.txt",
             "content_type": "text/plain", "size_bytes": 2048, "pages": null, "characters": 2000, "ocr_applied": false,
             "extraction_warnings": [], "ingested_at": "2026-12-04T18:00:00.123Z",
             "id": "%s", "party_names": [{"code": "AZE", "name": "Azerbaijan"}, {"code": "TUR", "name": "Türkiye"}],
             "agreement": {"id": "ag-1", "title": "Shusha Declaration", "status": "signed", "source_count": 2},
             "text": {"offset": 0, "length": 5, "total": 2000, "content": "Shush"}}
            """.formatted(EVIDENCE, EVIDENCE, "a".repeat(64), "a".repeat(64));

    private static final String AGREEMENT = """
            {"id": "ag-1", "title": "Shusha Declaration", "titles": ["Shusha Declaration"], "type": "declaration",
             "parties": ["AZE", "TUR"], "signed_date": "2021-06-15", "signed_year": 2021, "signed_place": "Shusha",
             "status": "ratified",
             "party_statuses": [{"party": "TUR", "status": "ratified", "since": null, "party_name": "Türkiye"}],
             "party_basis": {"AZE": "signature block"},
             "timeline": [{"kind": "signed", "date": "2021-06-15", "date_basis": "stated", "party": null, "body": null,
                           "place": "Shusha", "sources": [{"document_id": "d1", "sentence": "Done at Shusha.", "start": 0, "end": 15}]},
                          {"kind": "ratified", "date": null, "date_basis": null, "party": "TUR", "body": "Grand National Assembly",
                           "place": null, "sources": [], "party_name": "Türkiye"}],
             "event_kinds": ["signed", "ratified"], "last_event_date": "2021-06-15",
             "sources": [{"document_id": "d1", "file_name": "shusha.txt", "title": null, "role": "text", "published_date": null}],
             "document_ids": ["d1"], "source_count": 1,
             "related": [{"name": "Kars Treaty", "year": 1921, "agreement_id": null, "document_id": "d1", "sentence": "…"}],
             "related_ids": [],
             "party_names": [{"code": "AZE", "name": "Azerbaijan"}, {"code": "TUR", "name": "Türkiye"}]}
            """;

    private static final String EXPORT = """
            [{"content_sha256": "abc", "title": null, "parties": ["AZE"], "signed_date": null, "signed_place": null,
              "status": null, "type": null, "language": "en", "published_date": null, "file_name": "a.txt",
              "source_paths": ["a.txt"], "content_type": "text/plain", "pages": null}]
            """;

    private final ApiContract contract = ApiContract.of(spec());

    @Test
    void answersAsTheApiWritesThemHold() {
        assertEquals(List.of(), document(DOCUMENT));
        assertEquals(List.of(), agreement(AGREEMENT));
        assertEquals(List.of(), export(EXPORT));
    }

    @Test
    void anUndocumentedPropertyAtAnyDepthIsRejected() {
        assertFalse(document(DOCUMENT.replace("\"kind\": \"text\",", "\"kind\": \"text\", \"bogus\": 1,")).isEmpty());
        assertFalse(document(DOCUMENT.replace("\"confidence\": 0.9}", "\"confidence\": 0.9, \"bogus\": 1}")).isEmpty());
        assertFalse(document(DOCUMENT.replace("\"source_count\": 2}", "\"source_count\": 2, \"bogus\": 1}")).isEmpty());
        assertFalse(document(DOCUMENT.replace("\"content\": \"Shush\"}", "\"content\": \"Shush\", \"bogus\": 1}")).isEmpty());
        assertFalse(document(DOCUMENT.replace("\"signature block\", \"TUR\"", "1, \"TUR\"")).isEmpty(), "party_basis values are strings");
        assertFalse(agreement(AGREEMENT.replace("\"end\": 15}", "\"end\": 15, \"bogus\": 1}")).isEmpty());
        assertFalse(agreement(AGREEMENT.replace("\"since\": null,", "\"since\": null, \"bogus\": 1,")).isEmpty());
        assertFalse(agreement(AGREEMENT.replace("\"sentence\": \"…\"}", "\"sentence\": \"…\", \"bogus\": 1}")).isEmpty());
        assertFalse(agreement(AGREEMENT.replace("\"related_ids\": [],", "\"related_ids\": [], \"fingerprint\": \"x\",")).isEmpty());
        assertFalse(export(EXPORT.replace("\"pages\": null}", "\"pages\": null, \"body\": \"…\"}")).isEmpty());
    }

    private List<String> document(String body) {
        return contract.violations("GET", "/api/documents/" + "a".repeat(64), 200, "application/json", body);
    }

    private List<String> agreement(String body) {
        return contract.violations("GET", "/api/agreements/ag-1", 200, "application/json", body);
    }

    private List<String> export(String body) {
        return contract.violations("GET", "/api/export?format=json", 200, "application/json", body);
    }

    /** The description {@link ApiDescription} makes of the three operations, as {@code /api/docs} serves it. */
    private static JsonNode spec() {
        OpenAPI api = new OpenAPI(io.swagger.v3.oas.models.SpecVersion.V31).openapi("3.1.0")
                .components(new Components().addSchemas("Party", new ObjectSchema()
                        .addProperty("code", new StringSchema()).addProperty("name", new StringSchema())));
        for (String path : List.of("/api/documents/{id}", "/api/agreements/{id}", "/api/export")) {
            api.path(path, new PathItem().get(new Operation()
                    .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")))));
        }
        new ApiDescription().pactaApi().customise(api);
        return Json31.mapper().valueToTree(api);
    }
}
