package org.pacta.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check itself: it must catch what a strict client would choke on. */
class ApiContractTest {

    private static final String SPEC = """
            {"openapi": "3.1.0", "paths": {"/api/things/{id}": {"get": {"responses": {
              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "properties": {
               "name": {"type": "string"}, "note": {"type": ["string", "null"]},
               "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}},
               "Tag": {"type": "object", "properties": {"code": {"type": "string"}}}}}}
            """;

    private final ApiContract contract;

    ApiContractTest() throws Exception {
        contract = ApiContract.of(new ObjectMapper().readTree(SPEC));
    }

    @Test
    void anAnswerAsDocumentedHolds() {
        assertEquals(List.of(), contract.violations("GET", "/api/things/1?x=y", 200, "application/json",
                "{\"name\": \"a\", \"note\": null, \"tags\": [{\"code\": \"t\"}]}"));
    }

    @Test
    void unknownPropertiesNullsWrongTypesStatusesAndMediaTypesAreCaught() {
        assertViolation(200, "application/json", "{\"name\": \"a\", \"tookMs\": 1}");
        assertViolation(200, "application/json", "{\"name\": \"a\", \"tags\": [{\"code\": \"t\", \"name\": \"x\"}]}");
        assertViolation(200, "application/json", "{\"name\": null}");
        assertViolation(200, "application/json", "{\"tags\": [\"TUR\"]}");
        assertViolation(500, "application/json", "{}");
        assertViolation(404, "text/html", "<html></html>");
    }

    private void assertViolation(int status, String type, String body) {
        assertTrue(!contract.violations("GET", "/api/things/1", status, type, body).isEmpty(), body + " should break the contract");
    }
}
