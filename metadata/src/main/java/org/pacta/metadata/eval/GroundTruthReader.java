package org.pacta.metadata.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads ground-truth rows from a JSON-lines file of the shape of {@code corpus/expected.jsonl}. */
public final class GroundTruthReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GroundTruthReader() {
    }

    public static List<GroundTruth> read(Path jsonl) {
        List<GroundTruth> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(jsonl + " line " + n + ": not JSON: " + e.getMessage(), e);
                }
                if (!o.hasNonNull("file")) {
                    throw new IllegalArgumentException(jsonl + " line " + n + ": no \"file\"");
                }
                rows.add(row(o));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static GroundTruth row(JsonNode o) {
        List<String> parties = new ArrayList<>();
        if (o.path("parties").isArray()) {
            o.path("parties").forEach(p -> parties.add(p.asText()));
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        o.path("provenance").fields().forEachRemaining(e -> provenance.put(e.getKey(), e.getValue().asText()));
        return new GroundTruth(o.path("file").asText(), text(o, "kind"), parties, text(o, "signed_date"),
                text(o, "signed_place"), text(o, "status"), text(o, "type"), text(o, "language"),
                text(o, "published_date"), provenance, text(o, "signed_date_in_text"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
