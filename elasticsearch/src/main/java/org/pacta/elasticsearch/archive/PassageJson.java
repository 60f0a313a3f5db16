package org.pacta.elasticsearch.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.Passage;
import org.pacta.core.sharedtext.Fingerprints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's {@link Passage}s as sources of {@code mappings/passages-v1.json}. Each carries the
 * document's filterable facts, so that a filtered search can run on passages alone; their ids are the
 * document's id and the ordinal, so a document's passages are found without searching. Its
 * {@link Fingerprints} let other documents find the text they share with it.
 */
final class PassageJson {

    /** The document's fields every passage repeats, under the same names. */
    static final List<String> FACTS = List.of("parties", "signed_year", "type", "status", "language", "kind",
            "agreement_id");

    private PassageJson() {
    }

    static String id(String documentId, int ordinal) {
        return documentId + "-" + ordinal;
    }

    static List<String> ids(String documentId, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int ordinal = 0; ordinal < count; ordinal++) {
            ids.add(id(documentId, ordinal));
        }
        return ids;
    }

    /** @param documentSource the document's own source, whose facts the passages copy */
    static List<DocumentJson.Source> encode(ArchiveDocument document, Map<String, Object> documentSource,
                                            ObjectMapper json) throws JsonProcessingException {
        List<DocumentJson.Source> encoded = new ArrayList<>(document.passages().size());
        for (Passage passage : document.passages()) {
            if (passage.end() > document.body().length()) {
                throw new IllegalArgumentException("passage " + passage.ordinal() + " of document " + document.id()
                        + " ends at " + passage.end() + ", past the end of its text (" + document.body().length() + ")");
            }
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("document_id", document.id());
            source.put("ordinal", passage.ordinal());
            source.put("locator", passage.locator());
            putIfPresent(source, "heading", passage.heading());
            source.put("start", passage.start());
            source.put("end", passage.end());
            putIfPresent(source, "page", passage.page());
            String text = passage.text(document.body());
            source.put("text", text);
            source.put("fingerprints", Fingerprints.of(text));
            for (String fact : FACTS) {
                putIfPresent(source, fact, documentSource.get(fact));
            }
            encoded.add(new DocumentJson.Source(id(document.id(), passage.ordinal()), json.writeValueAsBytes(source)));
        }
        return encoded;
    }

    private static void putIfPresent(Map<String, Object> source, String field, Object value) {
        if (value != null) {
            source.put(field, value);
        }
    }
}
