package org.pacta.metadata.parties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

import java.io.IOException;
import java.io.InputStream;
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

    private static String[] extract(Path file) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        AutoDetectParser parser = new AutoDetectParser();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdf.setOcrDPI(300);
        pdf.setExtractInlineImages(false);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("eng");
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(Parser.class, parser);
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            throw new IllegalStateException("cannot extract " + file, e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            // The scanned PDFs need OCR: without tesseract their parties would silently count as misses.
            throw new IllegalStateException("no text from " + file + " (OCR needs tesseract on the PATH)");
        }
        String title = file.getFileName().toString().endsWith(".html") ? metadata.get(TikaCoreProperties.TITLE) : null;
        return new String[] {text, title};
    }
}
