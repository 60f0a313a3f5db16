package org.pacta.web.support;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The schemas of the answers the controllers build as maps from stored JSON: a document
 * ({@code GET /api/documents/{id}}) and an upload's metadata of it, an agreement ({@code GET /api/agreements/{id}}), an agreement in a search
 * answer, and a row of the JSON export. They describe what the Elasticsearch sources hold
 * ({@code mappings/*.json}, written by {@code DocumentJson} and {@code AgreementJson}) and what the controllers
 * add or remove, property by property; every object whose shape is fixed admits no other property. A map keyed by
 * field names or party codes has typed values. A property of the stored documents that a document archived
 * before it was added lacks is not required; a property that can be null says so ({@code type: [..., "null"]}).
 */
final class AnswerSchemas {

    private AnswerSchemas() {
    }

    /** Every schema here, by component name. */
    static Map<String, Schema<?>> all() {
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put("Evidence", evidence());
        schemas.put("ReportedEvent", reportedEvent());
        schemas.put("InstrumentMention", instrumentMention());
        schemas.put("DocumentAgreement", documentAgreement());
        schemas.put("DocumentText", documentText());
        schemas.put("DocumentMetadata", documentMetadata());
        schemas.put("Document", document());
        schemas.put("PartyStatus", partyStatus());
        schemas.put("EventSource", eventSource());
        schemas.put("TimelineEvent", timelineEvent());
        schemas.put("AgreementSource", agreementSource());
        schemas.put("RelatedAgreement", relatedAgreement());
        schemas.put("Agreement", agreement());
        schemas.put("AgreementHit", agreementHit());
        schemas.put("ExportRow", exportRow());
        return schemas;
    }

    /** {@code Evidence}: why a field read from the text has its value. */
    private static Schema<?> evidence() {
        return object("Why a field read from the text has its value: the sentence it was read from and where it sits",
                props("value", string().description("The value read"),
                        "sentence", string(),
                        "start", integer().description("Offset of the sentence's first character in the document's text"),
                        "end", integer().description("Offset just past the sentence's last character"),
                        "confidence", new NumberSchema().minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.ONE)),
                "value", "sentence", "start", "end", "confidence");
    }

    private static Schema<?> reportedEvent() {
        return object("A stage of an agreement's life the document reports as done",
                props("kind", string().description("The stage: signed, ratified, entered into force …"),
                        "date", date(),
                        "date_basis", nullable("string").description("stated, or article date (an undated report in news)"),
                        "party", nullable("string").description("The party that acted, or null when it concerns all"),
                        "body", nullable("string").description("The body that acted, or null"),
                        "evidence", refOrNull("Evidence")),
                "kind", "date", "date_basis", "party", "body", "evidence");
    }

    private static Schema<?> instrumentMention() {
        return object("Another agreement the document names",
                props("name", string(),
                        "year", nullable("integer"),
                        "evidence", refOrNull("Evidence")),
                "name", "year", "evidence");
    }

    private static Schema<?> documentAgreement() {
        return object("The agreement the document belongs to",
                props("id", string(), "title", nullable("string"), "status", nullable("string"),
                        "source_count", integer()),
                "id");
    }

    private static Schema<?> documentText() {
        return object("One page of the document's text, in characters",
                props("offset", integer(), "length", integer(), "total", integer().description("The whole text's length"),
                        "content", string()),
                "offset", "length", "total", "content");
    }

    /**
     * A document as the index stores it (what {@code DocumentJson} writes, and what a sidecar's update sets), without
     * its body: the metadata of an upload's answer, and the base of {@code GET /api/documents/{id}}.
     */
    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> storedDocument() {
        return props(
                "title", nullable("string"),
                "parties", strings().description("Party codes (ISO 3166-1 alpha-3 or organisation ids)"),
                "mentioned_countries", strings().description("In the index mapping for countries the text mentions; Pacta does not fill it today"),
                "signed_date", date(),
                "signed_year", nullable("integer"),
                "signed_place", nullable("string"),
                "status", nullable("string"),
                "type", nullable("string"),
                "language", nullable("string"),
                "published_date", date(),
                "tags", strings(),
                "source_url", nullable("string"),
                "curated_fields", strings().description("Fields a person set through a sidecar file"),
                "evidence", map(ref("Evidence")).description("Why each field read from the text has its value, by field name"),
                "party_basis", map(string()).description("Why each party read from the text is one, by party code"),
                "kind", nullable("string").description("text, news or document; null when not read"),
                "agreement_id", nullable("string").description("The agreement a sidecar says the document belongs to"),
                "events", list(ref("ReportedEvent")),
                "mentions", list(ref("InstrumentMention")),
                "content_sha256", string(),
                "parent_sha256", nullable("string").description("The archive (zip, mail …) the document came out of"),
                "path_in_parent", nullable("string"),
                "source_paths", strings(),
                "file_name", nullable("string"),
                "content_type", nullable("string"),
                "size_bytes", integer().format("int64"),
                "pages", nullable("integer"),
                "passage_count", integer().description("How many passages its text is cut into (GET /api/documents/{id}/passages);"
                        + " absent for a document archived before passages were cut"),
                "characters", integer().format("int64"),
                "ocr_applied", new BooleanSchema(),
                "extraction_warnings", strings(),
                "ingested_at", nullable("string").format("date-time"));
    }

    /** An uploaded file's document as archived: its metadata, evidence and bookkeeping, without its text. */
    private static Schema<?> documentMetadata() {
        return object("A document as archived, without its text (empty when the index does not hold it yet)",
                storedDocument());
    }

    /** {@code GET /api/documents/{id}}: the stored document without its body, with its text page, names and agreement. */
    @SuppressWarnings("rawtypes")
    private static Schema<?> document() {
        Map<String, Schema> p = storedDocument();
        p.put("id", string());
        p.put("party_names", list(ref("Party")));
        p.put("agreement", refOrNull("DocumentAgreement"));
        p.put("text", ref("DocumentText"));
        return object("One document: its metadata with evidence, the agreement it belongs to, and a page of its text",
                p, "id", "content_sha256", "party_names", "agreement", "text");
    }

    private static Schema<?> partyStatus() {
        return object("How far one party has gone with the agreement",
                props("party", string(), "party_name", string(), "status", nullable("string"),
                        "since", date().description("Since when; null when undated")),
                "party", "party_name", "status", "since");
    }

    private static Schema<?> eventSource() {
        return object("A sentence of a document that reports the event",
                props("document_id", string(), "sentence", nullable("string"), "start", integer(), "end", integer()),
                "document_id", "sentence", "start", "end");
    }

    private static Schema<?> timelineEvent() {
        return object("A stage of the agreement's life, with the sentences that report it",
                props("kind", string(),
                        "date", date(),
                        "date_basis", nullable("string"),
                        "party", nullable("string").description("Who acted, or null when the stage concerns every party"),
                        "party_name", string().description("The party's name, when there is a party"),
                        "body", nullable("string"),
                        "place", nullable("string"),
                        "sources", list(ref("EventSource"))),
                "kind", "date", "date_basis", "party", "body", "place", "sources");
    }

    private static Schema<?> agreementSource() {
        return object("A document that speaks of the agreement",
                props("document_id", string(), "file_name", nullable("string"), "title", nullable("string"),
                        "role", nullable("string").description("text, news or document"),
                        "published_date", date()),
                "document_id", "file_name", "title", "role", "published_date");
    }

    private static Schema<?> relatedAgreement() {
        return object("Another agreement the sources name",
                props("name", nullable("string"), "year", nullable("integer"),
                        "agreement_id", nullable("string").description("The archive's agreement it names, or null"),
                        "document_id", nullable("string"), "sentence", nullable("string")),
                "name", "year", "agreement_id", "document_id", "sentence");
    }

    /** The properties an agreement and its search hit share. */
    private static Map<String, Schema> agreementCommon() {
        return props(
                "id", string(),
                "title", nullable("string"),
                "type", nullable("string"),
                "parties", strings().description("Party codes"),
                "party_names", list(ref("Party")),
                "signed_date", date(),
                "signed_year", nullable("integer"),
                "signed_place", nullable("string"),
                "status", nullable("string"),
                "party_statuses", list(ref("PartyStatus")),
                "party_basis", map(string()).description("Why each party is one, by party code"),
                "event_kinds", strings(),
                "last_event_date", date(),
                "document_ids", strings(),
                "source_count", integer(),
                "related_ids", strings());
    }

    /** {@code GET /api/agreements/{id}}. */
    private static Schema<?> agreement() {
        Map<String, Schema> p = agreementCommon();
        p.put("titles", strings().description("Every title its documents give it"));
        p.put("timeline", list(ref("TimelineEvent")));
        p.put("sources", list(ref("AgreementSource")));
        p.put("related", list(ref("RelatedAgreement")));
        return object("One agreement: parties, per-party status, timeline, sources, related agreements", p,
                "id", "title", "titles", "type", "parties", "party_names", "signed_date", "signed_year", "signed_place",
                "status", "party_statuses", "timeline", "event_kinds", "last_event_date", "sources", "document_ids",
                "source_count", "related", "related_ids");
    }

    /** An agreement in a search answer: without its long parts (timeline, sources, related, titles). */
    private static Schema<?> agreementHit() {
        Map<String, Schema> p = agreementCommon();
        p.put("title_highlight", nullable("string").description("The title with <mark> around matched words (escaped)"));
        return object("An agreement in a search answer, without its timeline, sources, related agreements and titles", p,
                "id", "title", "title_highlight", "type", "parties", "party_names", "signed_date", "signed_year",
                "signed_place", "status", "party_statuses", "event_kinds", "last_event_date", "document_ids",
                "source_count", "related_ids");
    }

    /** A document in {@code GET /api/export?format=json}: every column of the CSV, null when the document has none. */
    private static Schema<?> exportRow() {
        Map<String, Schema> p = props(
                "content_sha256", string(),
                "title", nullable("string"),
                "parties", nullable("array").items(string()),
                "signed_date", date(),
                "signed_place", nullable("string"),
                "status", nullable("string"),
                "type", nullable("string"),
                "language", nullable("string"),
                "published_date", date(),
                "file_name", nullable("string"),
                "source_paths", nullable("array").items(string()),
                "content_type", nullable("string"),
                "pages", nullable("integer"));
        return object("A document's metadata as exported: the CSV's columns", p, p.keySet().toArray(String[]::new));
    }

    // The building blocks.

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> object(String description, Map<String, Schema> properties, String... required) {
        Schema<?> schema = new ObjectSchema().description(description).properties(properties)
                .additionalProperties(Boolean.FALSE);
        if (required.length > 0) {
            schema.required(new ArrayList<>(List.of(required)));
        }
        return schema;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> props(Object... nameThenSchema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            properties.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return properties;
    }

    private static Schema<?> string() {
        return new StringSchema();
    }

    private static Schema<?> integer() {
        return new IntegerSchema();
    }

    /** This type or null, as OpenAPI 3.1 writes it: {@code type: [t, "null"]}. */
    static Schema<?> nullable(String type) {
        return new Schema<>().types(new LinkedHashSet<>(List.of(type, "null")));
    }

    /** A {@code yyyy-MM-dd} date, or null. */
    private static Schema<?> date() {
        return nullable("string").format("date");
    }

    private static Schema<?> strings() {
        return list(string());
    }

    private static Schema<?> list(Schema<?> items) {
        return new ArraySchema().items(items);
    }

    private static Schema<?> map(Schema<?> values) {
        return new ObjectSchema().additionalProperties(values);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> refOrNull(String name) {
        return new Schema<>().anyOf(List.of(ref(name), new Schema<>().types(new LinkedHashSet<>(List.of("null")))));
    }
}
