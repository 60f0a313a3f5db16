package org.pacta.metadata.parties;

import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared corpus and seeds with their labelled parties, and each file's text and title as the
 * archive would see them (Tika, with OCR for the scanned PDFs). Extracted texts are cached under
 * {@code target/} because OCR of the scans takes minutes.
 */
final class CorpusTexts {

    /** One labelled file: its text, its own title (HTML {@code <title>}), and the labels. */
    record Labelled(String file, String text, String title, Set<String> parties, Set<String> notParties) {
    }

    private static final Path CACHE = Path.of("target", "parties-corpus-text");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusTexts() {
    }

    static Path sharedDir() {
        String prop = System.getProperty("pacta.test.shared");
        return Path.of(prop == null ? "../../shared" : prop).toAbsolutePath().normalize();
    }

    /** Every file of corpus + seeds whose label lists parties (an empty list means "not known"). */
    static List<Labelled> load() throws IOException {
        List<Labelled> all = new ArrayList<>();
        for (String set : List.of("corpus", "seeds")) {
            Path dir = sharedDir().resolve(set);
            for (String line : Files.readAllLines(dir.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                Set<String> parties = codes(row.get("parties"));
                if (parties.isEmpty()) {
                    continue;
                }
                String file = row.get("file").asText();
                String[] textAndTitle = textAndTitle(set, dir.resolve(file));
                all.add(new Labelled(set + "/" + file, textAndTitle[0], textAndTitle[1], parties,
                        codes(row.get("not_parties"))));
            }
        }
        return all;
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String[] textAndTitle(String set, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
            return new String[] {Files.readString(file, StandardCharsets.UTF_8), null};
        }
        Path cachedText = CACHE.resolve(set + "_" + name + ".txt");
        Path cachedTitle = CACHE.resolve(set + "_" + name + ".title");
        if (Files.isRegularFile(cachedText)
                && Files.getLastModifiedTime(cachedText).compareTo(Files.getLastModifiedTime(file)) > 0) {
            String title = Files.isRegularFile(cachedTitle) ? Files.readString(cachedTitle) : null;
            return new String[] {Files.readString(cachedText), title};
        }
        String[] extracted = extract(file);
        Files.createDirectories(CACHE);
        Files.writeString(cachedText, extracted[0]);
        if (extracted[1] != null) {
            Files.writeString(cachedTitle, extracted[1]);
        } else {
            Files.deleteIfExists(cachedTitle);
        }
        return extracted;
    }

    /** As ingest reads it: Tika with the bundled Tesseract for scanned pages. */
    private static String[] extract(Path file) {
        Extraction extraction;
        try (TikaTextExtractor tika = new TikaTextExtractor(ExtractorConfig.defaults())) {
            extraction = tika.extract(file);
        }
        if (!extraction.ok() || extraction.text().isBlank()) {
            // Scanned PDFs need OCR: without it their parties would silently count as misses.
            throw new IllegalStateException("no text from " + file + ": " + extraction.failure());
        }
        String title = file.getFileName().toString().endsWith(".html") ? extraction.title() : null;
        return new String[] {extraction.text(), title};
    }
}
