package org.pacta.elasticsearch.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An {@link ArchiveDocument} as the JSON source of {@code mappings/documents-v1.json}. */
final class DocumentJson {

    /** Elasticsearch refuses longer ids for the whole bulk request, not just for the one item. */
    static final int MAX_ID_BYTES = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One index's source for one id, serialised once, on the caller's thread, so its exact size is known when batching. */
    record Source(String id, byte[] json) {
    }

    /** A document and its passages, each ready to send. */
    record Encoded(Source document, List<Source> passages) {

        String id() {
            return document.id();
        }

        long bytes() {
            long sum = document.json().length;
            for (Source passage : passages) {
                sum += passage.json().length + Work.ITEM_OVERHEAD_BYTES;
            }
            return sum;
        }
    }

    private DocumentJson() {
    }

    /** @throws IllegalArgumentException with a readable reason when the index would refuse the document */
    static Encoded encode(ArchiveDocument document) {
        checkId(document.id());
        try {
            Map<String, Object> source = source(document);
            return new Encoded(new Source(document.id(), JSON.writeValueAsBytes(source)),
                    PassageJson.encode(document, source, JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document " + document.id() + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static void checkId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("document has no id");
        }
        int bytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ID_BYTES) {
            throw new IllegalArgumentException("document id is " + bytes + " bytes long; Elasticsearch accepts at most "
                    + MAX_ID_BYTES + " (id starts " + id.substring(0, 40) + "…)");
        }
    }

    static Map<String, Object> source(ArchiveDocument d) {
        AgreementMetadata m = d.metadata();
        Map<String, Object> json = new LinkedHashMap<>();
        metadata(m).forEach((field, value) -> put(json, field, value));
        // Only a sidecar sets metadata.language, and a person's word wins over detection.
        put(json, "language", m.language() != null ? m.language() : d.detectedLanguage());
        put(json, "body", d.body());
        put(json, "content_sha256", d.id());
        put(json, "parent_sha256", d.parentId());
        put(json, "path_in_parent", d.pathInParent());
        put(json, "source_paths", d.sourcePaths());
        put(json, "file_name", d.fileName());
        put(json, "content_type", d.contentType());
        put(json, "size_bytes", d.sizeBytes());
        put(json, "pages", d.pages());
        put(json, "passage_count", d.passages().size());
        put(json, "characters", (long) d.body().length());
        put(json, "ocr_applied", d.ocrApplied());
        put(json, "extraction_warnings", d.warnings());
        put(json, "ingested_at", millis(d.ingestedAt()));
        return json;
    }

    /**
     * The partial document of an update without a script (the minimal distribution has no
     * Painless): new source paths, and the fields a sidecar curates, {@code null} included when the
     * sidecar empties one. Arrays are replaced, so {@code curatedBefore} is merged in here.
     */
    static String partialUpdate(List<String> sourcePaths, AgreementMetadata curated, Set<String> curatedBefore) {
        return write(partialFields(sourcePaths, curated, curatedBefore));
    }

    /** The part of {@link #partialUpdate} that a document's passages carry too; empty when none of it changes. */
    static Map<String, Object> curatedFacts(AgreementMetadata curated) {
        Map<String, Object> facts = new LinkedHashMap<>(partialFields(List.of(), curated, Set.of()));
        facts.keySet().retainAll(PassageJson.FACTS);
        return facts;
    }

    static String write(Map<String, Object> json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("curated fields cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> partialFields(List<String> sourcePaths, AgreementMetadata curated,
                                                     Set<String> curatedBefore) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source_paths", sourcePaths);
        if (!sourcePaths.isEmpty()) {
            json.put("file_name", java.nio.file.Path.of(sourcePaths.get(0)).getFileName().toString()); // shown in results
        }
        if (!curated.curatedFields().isEmpty()) {
            Map<String, Object> metadata = metadata(curated);
            for (String field : curated.curatedFields()) {
                if (metadata.containsKey(field)) {
                    json.put(field, metadata.get(field));
                }
                if (field.equals("signed_date")) {
                    json.put("signed_year", curated.signedYear());
                }
            }
            Set<String> names = new TreeSet<>(curatedBefore);
            names.addAll(curated.curatedFields());
            json.put("curated_fields", List.copyOf(names));
        }
        return json;
    }

    /** The agreement's fields under their index names, nulls kept (sidecars use the same names). */
    private static Map<String, Object> metadata(AgreementMetadata m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", m.title());
        json.put("parties", m.parties());
        json.put("signed_date", m.signedDate() == null ? null : m.signedDate().toString());
        json.put("signed_year", m.signedYear());
        json.put("signed_place", m.signedPlace());
        json.put("status", m.status());
        json.put("type", m.type());
        json.put("language", m.language());
        json.put("published_date", m.publishedDate() == null ? null : m.publishedDate().toString());
        json.put("tags", m.tags());
        json.put("source_url", m.sourceUrl());
        json.put("curated_fields", m.curatedFields().stream().sorted().toList());
        json.put("evidence", m.evidence());
        json.put("party_basis", m.partyBasis());
        json.put("kind", m.kind());
        json.put("agreement_id", m.agreementId());
        json.put("events", m.events().stream().map(DocumentJson::event).toList());
        json.put("mentions", m.mentions().stream().map(DocumentJson::mention).toList());
        return json;
    }

    private static Map<String, Object> event(ReportedEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", e.kind());
        json.put("date", e.date() == null ? null : e.date().toString());
        json.put("date_basis", e.dateBasis());
        json.put("party", e.party());
        json.put("body", e.body());
        json.put("evidence", e.evidence());
        return json;
    }

    private static Map<String, Object> mention(InstrumentMention m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.name());
        json.put("year", m.year());
        json.put("evidence", m.evidence());
        return json;
    }

    /** Dates are stored to the millisecond; a shorter string also keeps the source small. */
    static String millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static void put(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
