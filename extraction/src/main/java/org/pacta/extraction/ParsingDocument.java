package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.ExtractionFailure;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One (top-level or embedded) document while it is being parsed, mutable on its worker thread;
 * {@link #toExtraction} turns the finished tree into the immutable {@link Extraction}.
 */
final class ParsingDocument {

    final String embeddedPath;
    final int depth;
    String mediaType;
    ExtractionFailure failure;
    String text = "";
    /** Where each page begins in {@link #text}, for the formats whose parser marks pages (PDF). */
    List<Integer> pageStarts = List.of();
    Metadata metadata;
    /** An image read through the OCR parser (not a page of a document). */
    boolean ocrImage;
    /** OCR language choice and record, created at the first OCR'd page. */
    AdaptiveOcr.State ocr;
    final List<String> warnings = new ArrayList<>();
    final List<ParsingDocument> children = new ArrayList<>();
    /** Members left unopened by the depth bound: the archive is not empty, only not read further. */
    boolean membersTooDeep;
    long elapsedNanos;

    ParsingDocument(String embeddedPath, int depth) {
        this.embeddedPath = embeddedPath;
        this.depth = depth;
    }

    /** Pages (or the image) that needed OCR, whether or not OCR could run. */
    int ocrPages() {
        if (ocrImage) {
            return 1;
        }
        Integer pages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        return pages == null ? 0 : pages;
    }

    /**
     * @param languages    detects each text's language; null when detection is off
     * @param ocrAvailable without OCR, pages that needed it were not OCR'd and are not counted
     */
    Extraction toExtraction(Path file, LanguageIdentifier languages, boolean ocrAvailable) {
        List<Extraction> frozenChildren = new ArrayList<>(children.size());
        for (ParsingDocument c : children) {
            frozenChildren.add(c.toExtraction(file, languages, ocrAvailable));
        }
        Duration elapsed = Duration.ofNanos(elapsedNanos);
        if (ocr != null) {
            warnings.addAll(ocr.warnings);
        }
        if (failure != null) {
            return new Extraction(file, embeddedPath, depth, failure, "", mediaType,
                    null, null, false, 0, List.of(), 0, null, null, null, null, null, warnings, frozenChildren,
                    elapsed);
        }
        Metadata md = metadata;
        int pagesOcrd = ocrAvailable ? ocrPages() : 0;
        String language = languages == null || text.isEmpty() ? null : languages.detect(text);
        List<String> ocrLanguages = ocr == null ? List.of() : List.copyOf(ocr.textLanguages);
        int ocrExtraRuns = ocr == null ? 0 : ocr.extraRuns;
        return new Extraction(file, embeddedPath, depth, null, text, mediaType,
                pageCount(md), pageStarts, language, pagesOcrd > 0, pagesOcrd, ocrLanguages, ocrExtraRuns,
                text(md, TikaCoreProperties.TITLE), joined(md, TikaCoreProperties.CREATOR),
                date(md, TikaCoreProperties.CREATED), date(md, TikaCoreProperties.MODIFIED),
                md.get(Metadata.CONTENT_ENCODING), warnings, frozenChildren, elapsed);
    }

    private static Integer pageCount(Metadata md) {
        Integer n = md.getInt(PagedText.N_PAGES);
        if (n == null) {
            n = md.getInt(Office.PAGE_COUNT);
        }
        return n;
    }

    private static String text(Metadata md, Property p) {
        String v = md.get(p);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String joined(Metadata md, Property p) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : md.getValues(p)) {
            if (v != null && !v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static Instant date(Metadata md, Property p) {
        Date d = md.getDate(p);
        return d == null ? null : d.toInstant();
    }
}
