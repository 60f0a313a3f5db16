package org.pacta.ingest.sidecar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.pacta.core.document.AgreementMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Curated metadata next to the files: {@code <file>.meta.json} or {@code <file>.meta.yml}, and
 * {@code _folder.meta.yml} for a folder and its sub-folders. The nearest file wins, field by field.
 */
public final class Sidecars {

    public static final String FOLDER_SIDECAR = "_folder.meta.yml";
    private static final List<String> FILE_SUFFIXES = List.of(".meta.json", ".meta.yml", ".meta.yaml");
    private static final Set<String> FIELDS = Set.of("title", "parties", "signed_date", "signed_place", "status", "type",
            "language", "published_date", "tags", "source_url", "agreement_id");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Sidecars() {
    }

    /** Whether a path is itself a sidecar, not a document. */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        return name.equals(FOLDER_SIDECAR) || FILE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The sidecar files that apply to {@code file}, farthest first, within {@code root}. */
    public static List<Path> applicable(Path root, Path file) {
        List<Path> found = new ArrayList<>();
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path folderSidecar = dir.resolve(FOLDER_SIDECAR);
            if (Files.isRegularFile(folderSidecar)) {
                found.add(0, folderSidecar);
            }
        }
        for (String suffix : FILE_SUFFIXES) {
            Path own = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(own)) {
                found.add(own);
            }
        }
        return found;
    }

    /** Size and mtime of the sidecars, so that editing one re-ingests its files. */
    public static String stamp(List<Path> sidecars) throws IOException {
        StringJoiner stamp = new StringJoiner(";");
        for (Path sidecar : sidecars) {
            BasicFileAttributes attributes = Files.readAttributes(sidecar, BasicFileAttributes.class);
            stamp.add(sidecar.getFileName() + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
        }
        return stamp.toString();
    }

    /** Reads and merges the sidecars; throws {@link InvalidSidecarException} naming the file and the problem. */
    public static AgreementMetadata read(List<Path> sidecars) {
        ObjectNode merged = JSON.createObjectNode();
        for (Path sidecar : sidecars) {
            merged.setAll(parse(sidecar));
        }
        return toMetadata(merged, sidecars.isEmpty() ? null : sidecars.get(sidecars.size() - 1));
    }

    private static ObjectNode parse(Path sidecar) {
        try {
            JsonNode node = (sidecar.toString().endsWith(".json") ? JSON : YAML).readTree(sidecar.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JSON.createObjectNode();
            }
            if (!node.isObject()) {
                throw new InvalidSidecarException(sidecar, "expected a map of fields");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw new InvalidSidecarException(sidecar, "unknown field '" + name + "' (known: " + FIELDS + ")");
                }
            }
            return (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidSidecarException(sidecar, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidSidecarException(sidecar, "cannot be read: " + e.getMessage());
        }
    }

    private static AgreementMetadata toMetadata(ObjectNode fields, Path where) {
        Set<String> curated = new LinkedHashSet<>();
        fields.fieldNames().forEachRemaining(curated::add);
        return new AgreementMetadata(text(fields, "title"), upperCase(list(fields, "parties")),
                date(fields, "signed_date", where), text(fields, "signed_place"), text(fields, "status"),
                text(fields, "type"), text(fields, "language"), date(fields, "published_date", where),
                list(fields, "tags"), text(fields, "source_url"), curated, Map.of(), text(fields, "agreement_id"),
                List.of(), List.of(), null);
    }

    private static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText().strip();
    }

    private static List<String> list(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(item.asText().strip()));
        } else {
            for (String item : value.asText().split(",")) {
                items.add(item.strip());
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    private static List<String> upperCase(List<String> codes) {
        return codes.stream().map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static LocalDate date(ObjectNode fields, String name, Path where) {
        String value = text(fields, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidSidecarException(where, name + " must be a date like 2025-07-22, not '" + value + "'");
        }
    }
}
