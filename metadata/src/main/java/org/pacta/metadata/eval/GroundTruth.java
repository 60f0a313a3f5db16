package org.pacta.metadata.eval;

import java.util.List;
import java.util.Map;

/**
 * One row of a ground-truth file ({@code expected.jsonl}): what a person or a catalogue says about one
 * file. Null fields are unknown and not scored.
 *
 * @param file       path relative to the corpus folder (seeds: the bare file name)
 * @param kind       {@code agreement} or {@code news}
 * @param parties    ISO 3166-1 alpha-3 codes or organisation names; empty = not known
 * @param provenance per field, where the label comes from: {@code reading}, {@code metadata}, …
 * @param signedDateInText null when the text carries the labelled signing date, else how it does not
 *                   ({@code false}, {@code partial}, {@code differs})
 */
public record GroundTruth(String file, String kind, List<String> parties, String signedDate, String signedPlace,
                          String status, String type, String language, String publishedDate,
                          Map<String, String> provenance, String signedDateInText) {

    public GroundTruth {
        parties = parties == null ? List.of() : List.copyOf(parties);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** Whether the status label was read from the text by a person (not taken from a catalogue). */
    public boolean statusReadFromText() {
        return "reading".equals(provenance.get("status"));
    }
}
