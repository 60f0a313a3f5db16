package org.pacta.metadata.parties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The maintained part of the gazetteer, read from {@code gazetteer.yaml} (see the file's comments). */
record GazetteerData(
        List<String> textLanguages,
        Map<String, String> codeOverrides,
        List<String> notCountries,
        List<String> notInText,
        Map<String, String> preferred,
        Map<String, Names> countries,
        Map<String, Historical> historical,
        List<Organisation> organisations,
        Map<String, List<String>> bodies,
        List<String> places) {

    /** Aliases and demonyms of a current country. */
    record Names(List<String> aliases, List<String> demonyms) {
    }

    /** A state that no longer exists. */
    record Historical(String name, List<String> aliases, List<String> demonyms) {
    }

    /**
     * @param grouping whether its member states sign for it (EFTA, ASEAN), rather than itself (EU, UN)
     */
    record Organisation(String id, boolean grouping, List<String> names, List<String> abbreviations) {
    }

    static final String RESOURCE = "gazetteer.yaml";

    static GazetteerData load() {
        try (InputStream in = GazetteerData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static GazetteerData parse(JsonNode root) {
        Map<String, Names> countries = new LinkedHashMap<>();
        root.path("countries").fields().forEachRemaining(e ->
                countries.put(e.getKey(), new Names(strings(e.getValue().path("aliases")),
                        strings(e.getValue().path("demonyms")))));
        Map<String, Historical> historical = new LinkedHashMap<>();
        root.path("historical").fields().forEachRemaining(e ->
                historical.put(e.getKey(), new Historical(e.getValue().path("name").asText(),
                        strings(e.getValue().path("aliases")), strings(e.getValue().path("demonyms")))));
        List<Organisation> organisations = new ArrayList<>();
        for (JsonNode o : root.path("organisations")) {
            organisations.add(new Organisation(o.path("id").asText(), o.path("grouping").asBoolean(false),
                    strings(o.path("names")), strings(o.path("abbreviations"))));
        }
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        root.path("bodies").fields().forEachRemaining(e -> bodies.put(e.getKey(), strings(e.getValue())));
        return new GazetteerData(strings(root.path("textLanguages")), stringMap(root.path("codeOverrides")),
                strings(root.path("notCountries")),
                strings(root.path("notInText")), stringMap(root.path("preferred")), countries, historical,
                organisations, bodies, strings(root.path("places")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
