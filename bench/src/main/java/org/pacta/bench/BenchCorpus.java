package org.pacta.bench;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ./pacta bench corpus}: a larger folder made of K copies of every file of a source folder, under
 * {@code OUT/copy-NNN/<same relative path>}, each copy changed so that its SHA-256 differs (Pacta would
 * otherwise store the bytes once and count the rest as duplicates) while its text stays the same:
 * <ul>
 *   <li>text ({@code .txt .md .csv …}): a first line {@code Pacta bench copy NNN of <path>} (after a BOM, in
 *       the file's UTF-16 encoding when it has one);</li>
 *   <li>markup ({@code .html .htm .xhtml .xml}): an appended comment {@code <!-- pacta bench copy NNN -->};</li>
 *   <li>mail ({@code .eml}): a first header {@code X-Pacta-Bench-Copy: NNN};</li>
 *   <li>PDF: a comment line {@code %pacta bench copy NNN} after {@code %%EOF}, which PDF readers ignore;</li>
 *   <li>ZIP-based ({@code .docx .xlsx .pptx .odt .zip …}): the ZIP archive comment.</li>
 * </ul>
 * Other formats are copied as they are (and will be duplicates); the command says how many. A few files
 * of each kind of the first copy are parsed again with Tika to check that their text is unharmed.
 */
public final class BenchCorpus {

    private static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown", "csv", "tsv", "log");
    private static final Set<String> MARKUP = Set.of("html", "htm", "xhtml", "xml");
    private static final Set<String> MAIL = Set.of("eml");
    private static final Set<String> PDF = Set.of("pdf");
    private static final Set<String> ZIP = Set.of("docx", "docm", "xlsx", "pptx", "odt", "ods", "odp", "zip", "epub");
    private static final int VERIFIED_PER_KIND = 3;

    /** What was built: per kind, the files of the first copy whose text was checked. */
    public record Result(Path out, int sources, int copies, int written, int unchanged, long bytes,
                         Map<String, Integer> verified) {
    }

    private BenchCorpus() {
    }

    public static Result build(Path from, Path out, int copies, PrintStream progress) {
        if (copies < 1 || copies > 999) {
            throw new IllegalArgumentException("--copies must be between 1 and 999: " + copies);
        }
        BenchFiles source = BenchFiles.under(from);
        if (source.files().isEmpty()) {
            throw new IllegalArgumentException("No files under " + from);
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(source.root())) {
            throw new IllegalArgumentException("OUT must not be inside the source folder " + source.root());
        }
        int written = 0;
        int unchanged = 0;
        long bytes = 0;
        try {
            for (int copy = 1; copy <= copies; copy++) {
                Path copyRoot = target.resolve(copyName(copy));
                if (Files.exists(copyRoot)) {
                    throw new IllegalArgumentException(copyRoot + " already exists; choose a new OUT folder");
                }
                for (Path file : source.files()) {
                    Path relative = source.root().relativize(file);
                    byte[] content = Files.readAllBytes(file);
                    byte[] changed = distinct(relative, content, copy);
                    if (changed == null) {
                        changed = content;
                        unchanged++;
                    }
                    Path destination = copyRoot.resolve(relative.toString());
                    Files.createDirectories(destination.getParent());
                    Files.write(destination, changed);
                    written++;
                    bytes += changed.length;
                }
                progress.printf("bench corpus: %s done (%d files)%n", copyRoot, source.files().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the corpus: " + e.getMessage(), e);
        }
        Map<String, Integer> verified = verifySample(source, target.resolve(copyName(1)));
        return new Result(target, source.files().size(), copies, written, unchanged, bytes, verified);
    }

    static String copyName(int copy) {
        return String.format("copy-%03d", copy);
    }

    /** The copy number {@code copy} of a file, changed so its bytes differ; {@code null} when its format allows no harmless change. */
    static byte[] distinct(Path relative, byte[] content, int copy) {
        String kind = kind(relative);
        String tag = "pacta bench copy " + String.format("%03d", copy) + " of " + relative.toString().replace('\\', '/');
        return switch (kind) {
            case "text" -> prependText(content, "Pacta bench copy " + String.format("%03d", copy) + " of "
                    + relative.toString().replace('\\', '/') + "\n");
            case "markup" -> concat(content, encodedLike(content, "\n<!-- " + tag.replace("--", "- -") + " -->\n"));
            case "mail" -> concat(("X-Pacta-Bench-Copy: " + String.format("%03d", copy) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII), content);
            case "pdf" -> concat(content, ("\n%" + tag.replaceAll("[\\r\\n]", " ") + "\n").getBytes(StandardCharsets.UTF_8));
            case "zip" -> withZipComment(content, tag);
            default -> null;
        };
    }

    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (TEXT.contains(extension)) {
            return "text";
        } else if (MARKUP.contains(extension)) {
            return "markup";
        } else if (MAIL.contains(extension)) {
            return "mail";
        } else if (PDF.contains(extension)) {
            return "pdf";
        } else if (ZIP.contains(extension)) {
            return "zip";
        }
        return "other";
    }

    private static byte[] prependText(byte[] content, String header) {
        int bom = bomLength(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + header.length() * 2);
        out.write(content, 0, bom);
        out.writeBytes(encodedLike(content, header));
        out.write(content, bom, content.length - bom);
        return out.toByteArray();
    }

    /** {@code s} in the file's encoding as far as a BOM tells it (UTF-16), else UTF-8. */
    private static byte[] encodedLike(byte[] content, String s) {
        return s.getBytes(charsetOf(content));
    }

    private static Charset charsetOf(byte[] c) {
        if (c.length >= 2 && (c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (c.length >= 2 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF) {
            return 3;
        }
        return charsetOf(c) == StandardCharsets.UTF_8 ? 0 : 2;
    }

    /** Sets (or extends) the ZIP archive comment in the end-of-central-directory record; null if there is none. */
    private static byte[] withZipComment(byte[] content, String tag) {
        int min = Math.max(0, content.length - 22 - 0xFFFF);
        for (int i = content.length - 22; i >= min; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                int commentLength = (content[i + 20] & 0xff) | (content[i + 21] & 0xff) << 8;
                if (i + 22 + commentLength != content.length) {
                    continue;
                }
                byte[] extra = ((commentLength == 0 ? "" : " ") + tag).getBytes(StandardCharsets.UTF_8);
                int newLength = commentLength + extra.length;
                if (newLength > 0xFFFF) {
                    return null;
                }
                byte[] result = concat(content, extra);
                result[i + 20] = (byte) newLength;
                result[i + 21] = (byte) (newLength >>> 8);
                return result;
            }
        }
        return null;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    /** Parses a few changed files of each kind and their originals: the copy must still yield the original's text. */
    private static Map<String, Integer> verifySample(BenchFiles source, Path firstCopy) {
        Map<String, Integer> verified = new TreeMap<>();
        for (Path file : source.files()) {
            Path relative = source.root().relativize(file);
            String kind = kind(relative);
            if (kind.equals("other") || verified.getOrDefault(kind, 0) >= VERIFIED_PER_KIND) {
                continue;
            }
            String problem = sameText(file, firstCopy.resolve(relative.toString()));
            if (problem != null) {
                throw new IllegalStateException("The changed copy of " + relative + " does not extract like the original: "
                        + problem);
            }
            verified.merge(kind, 1, Integer::sum);
        }
        return verified;
    }

    /** {@code null} when Tika extracts the original's text (stripped) from the copy as well, else why not. */
    static String sameText(Path original, Path copy) {
        try {
            String before = text(original).strip();
            String after = text(copy);
            if (!after.contains(before)) {
                return "the copy's text (" + after.length() + " characters) does not contain the original's ("
                        + before.length() + " characters)";
            }
            return null;
        } catch (Exception e) {
            return "Tika failed: " + e;
        }
    }

    /** The text of a file by a plain Tika parser, no OCR. */
    static String text(Path file) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        }
        return handler.toString();
    }
}
