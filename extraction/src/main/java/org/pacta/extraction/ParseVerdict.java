package org.pacta.extraction;

import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a parse that threw nothing still says: Tika's warnings, and why a document without text is a
 * failure (OCR that could not run, no parser for the type, nothing readable, an empty archive).
 * Parses that threw are classified by {@link FailureClassifier}.
 */
final class ParseVerdict {

    private ParseVerdict() {
    }

    static void judge(ParsingDocument document, TesseractSupport tesseract) {
        Metadata md = document.metadata;
        for (String w : md.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            document.warnings.add(firstLine(w));
        }
        int ocrPages = document.ocrPages();
        boolean hasText = !document.text.isEmpty();
        if (ocrPages > 0 && !tesseract.available) {
            if (hasText) {
                document.warnings.add(ocrPages + " page(s) without a text layer were not OCR'd: "
                        + tesseract.unavailableReason);
            } else {
                document.failure = new ExtractionFailure(FailureReason.OCR_UNAVAILABLE,
                        tesseract.unavailableReason + " (" + ocrPages + " page(s) without a text layer)");
                return;
            }
        }
        if (!hasText && document.failure == null) {
            boolean childHasText = document.children.stream().anyMatch(c -> c.failure == null);
            if (isUnparsed(md)) {
                document.failure = new ExtractionFailure(FailureReason.UNSUPPORTED_TYPE,
                        "no parser for " + document.mediaType);
            } else if (!childHasText && !ArchiveTypes.isArchive(document.mediaType)) {
                document.failure = new ExtractionFailure(FailureReason.EMPTY, "no text in " + document.mediaType
                        + (document.ocrImage || ocrPages > 0 ? " (OCR found no text)" : ""));
            } else if (document.children.isEmpty() && !document.membersTooDeep) {
                document.failure = new ExtractionFailure(FailureReason.EMPTY, "empty archive");
            }
        }
    }

    private static boolean isUnparsed(Metadata md) {
        String[] parsedBy = md.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy.length == 0) {
            return true;
        }
        for (String p : parsedBy) {
            if (!p.endsWith(".DefaultParser") && !p.endsWith(".EmptyParser")
                    && !p.endsWith(".CompositeParser")) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
