package org.pacta.core.ingest;


import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The result of extracting one document: either text and metadata, or a {@link #failure()}.
 *
 * <p>Archive members, mail attachments and other embedded files are {@link #children()}: each is an
 * {@code Extraction} of its own, whose {@link #embeddedPath()} is its path inside the top-level
 * file (for example {@code inner.zip/docs/a.txt}) and whose parent is the extraction holding it in its
 * {@code children}. The container's own {@link #text()} does not repeat the children's text.
 *
 * @param source          the file on disk that was extracted (for children: the top-level container)
 * @param embeddedPath    path inside the container, {@code /}-separated; {@code null} for the file itself
 * @param depth           0 for the file itself, 1 for its members, 2 for members of members, ...
 * @param failure         why no text is available; {@code null} when the extraction succeeded
 * @param text            full text (never truncated); empty on failure
 * @param mediaType       media type detected from the content (not the file name), without parameters
 * @param pageCount       number of pages where the format has pages (PDF, DOCX), else {@code null}
 * @param pageStarts      offset in {@code text} where each page begins, in page order (the first is 0; a blank
 *                        page starts where the next one does); empty when the pages' places are unknown
 * @param language        ISO 639-1 code of the text's language, {@code null} if unknown / not detected
 * @param ocrApplied      whether any of the text comes from OCR
 * @param ocrPages        number of pages / images that were sent to OCR
 * @param ocrLanguages    the tesseract language settings the OCR'd text was read with, in order of first use,
 *                        e.g. {@code [eng]} or {@code [aze+eng]}; more than one when the language changed
 *                        within the document (a short first page is kept from the {@code eng} pass before
 *                        the language could be told); empty without OCR
 * @param ocrExtraRuns    tesseract runs beyond one per OCR'd page: script detection and pages read again
 *                        with another language (0 when the first reading was kept, e.g. English with
 *                        {@code eng})
 * @param title           document title from metadata (HTML {@code <title>}, office core properties, PDF info)
 * @param author          author / creator from metadata
 * @param created         creation date from metadata
 * @param modified        last-modified date from metadata
 * @param contentEncoding detected character set of text formats (e.g. {@code UTF-8}, {@code windows-1252})
 * @param warnings        non-fatal problems (a page that failed OCR, a skipped member, ...)
 * @param children        embedded documents, in the order the parser found them
 * @param elapsed         wall time spent on this document (for the top level: including children)
 */
public record Extraction(
        Path source,
        String embeddedPath,
        int depth,
        ExtractionFailure failure,
        String text,
        String mediaType,
        Integer pageCount,
        List<Integer> pageStarts,
        String language,
        boolean ocrApplied,
        int ocrPages,
        List<String> ocrLanguages,
        int ocrExtraRuns,
        String title,
        String author,
        Instant created,
        Instant modified,
        String contentEncoding,
        List<String> warnings,
        List<Extraction> children,
        Duration elapsed) {

    public Extraction {
        text = text == null ? "" : text;
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        ocrLanguages = ocrLanguages == null ? List.of() : List.copyOf(ocrLanguages);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        children = children == null ? List.of() : List.copyOf(children);
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    /** Without the pages' offsets (as before they were added): none known. */
    public Extraction(Path source, String embeddedPath, int depth, ExtractionFailure failure, String text,
                      String mediaType, Integer pageCount, String language, boolean ocrApplied, int ocrPages,
                      List<String> ocrLanguages, int ocrExtraRuns, String title, String author, Instant created,
                      Instant modified, String contentEncoding, List<String> warnings, List<Extraction> children,
                      Duration elapsed) {
        this(source, embeddedPath, depth, failure, text, mediaType, pageCount, List.of(), language, ocrApplied,
                ocrPages, ocrLanguages, ocrExtraRuns, title, author, created, modified, contentEncoding, warnings,
                children, elapsed);
    }

    /** Without the OCR language fields (as before they were added): no languages, no extra runs. */
    public Extraction(Path source, String embeddedPath, int depth, ExtractionFailure failure, String text,
                      String mediaType, Integer pageCount, String language, boolean ocrApplied, int ocrPages,
                      String title, String author, Instant created, Instant modified, String contentEncoding,
                      List<String> warnings, List<Extraction> children, Duration elapsed) {
        this(source, embeddedPath, depth, failure, text, mediaType, pageCount, List.of(), language, ocrApplied,
                ocrPages, List.of(), 0, title, author, created, modified, contentEncoding, warnings, children, elapsed);
    }

    /** Whether text was extracted (no failure). */
    public boolean ok() {
        return failure == null;
    }

    public Optional<FailureReason> failureKind() {
        return failure == null ? Optional.empty() : Optional.of(failure.kind());
    }

    /** Number of characters (UTF-16 code units) of {@link #text()}. */
    public int charCount() {
        return text.length();
    }

    /** This extraction followed by all descendants, depth first. */
    public Stream<Extraction> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Extraction::flatten));
    }

    public static Extraction failed(Path source, String embeddedPath, int depth, String mediaType,
                             ExtractionFailure failure, List<String> warnings, Duration elapsed) {
        return new Extraction(source, embeddedPath, depth, failure, "", mediaType, null, null, false, 0,
                List.of(), 0, null, null, null, null, null, warnings, List.of(), elapsed);
    }

    @Override
    public String toString() {
        return "Extraction[" + source + (embeddedPath == null ? "" : "!" + embeddedPath)
                + ", " + (ok() ? "ok" : failure) + ", " + mediaType + ", chars=" + charCount()
                + ", lang=" + language + ", ocr=" + ocrApplied
                + (ocrLanguages.isEmpty() ? "" : " " + ocrLanguages + (ocrExtraRuns > 0 ? "+" + ocrExtraRuns : ""))
                + ", pages=" + pageCount
                + ", children=" + children.size() + ", " + elapsed.toMillis() + " ms]";
    }
}
