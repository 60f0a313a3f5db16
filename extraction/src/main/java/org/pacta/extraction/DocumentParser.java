package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Parses one file, on a worker thread, into its document and its embedded documents (archive members,
 * attachments) as children. Parser failures are recorded on the document they hit; the guard's abort
 * (timeout, too large) ends the whole file.
 */
final class DocumentParser {

    /** Raster formats tesseract reads; they are OCR'd through Tika's "image/ocr-*" parser override. */
    private static final Set<String> OCR_IMAGE_SUBTYPES = Set.of("png", "jpeg", "tiff", "bmp", "gif",
            "x-ms-bmp", "jp2", "jpx", "x-portable-pixmap", "webp");

    private final TikaSetup tika;
    private final ExtractorConfig config;

    DocumentParser(TikaSetup tika, ExtractorConfig config) {
        this.tika = tika;
        this.config = config;
    }

    /** @param t0 when the extraction started (nanoTime): the deadline counts from there */
    Extraction parse(Path file, ParseGuard guard, long t0, long timeoutMillis) {
        ParsingDocument root = new ParsingDocument(null, 0);
        Collector collector = new Collector(root, guard);
        ParseContext context = tika.newContext(collector, collector::ocrState, guard,
                t0 + timeoutMillis * 1_000_000L, timeoutMillis);
        collector.context = context;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        try (TikaInputStream tis = TikaInputStream.get(file, metadata)) {
            parseDocument(root, tis, metadata, context, guard);
        } catch (ParseGuard.AbortException e) {
            // recorded in the guard; handled below
        } catch (IOException e) {
            // opening / closing the file itself
            if (root.failure == null) {
                root.failure = FailureClassifier.classify(e, guard);
            }
        }
        if (guard.abortKind() != null) {
            root.failure = new ExtractionFailure(guard.abortKind(), guard.abortMessage());
            root.text = "";
            root.children.clear();
        }
        root.elapsedNanos = System.nanoTime() - t0;
        return root.toExtraction(file, tika.languages, tika.tesseract.available);
    }

    /**
     * Detects, parses and judges one document into {@code document}. Parser failures are recorded
     * on it; only a guard abort (timeout / too large) propagates, as an AbortException.
     */
    private void parseDocument(ParsingDocument document, TikaInputStream tis, Metadata metadata, ParseContext context,
                               ParseGuard guard) throws ParseGuard.AbortException {
        long t0 = System.nanoTime();
        document.metadata = metadata;
        try {
            MediaType type = tika.detector.detect(tis, metadata);
            document.mediaType = type.getBaseType().toString();
            if (document.depth == 0) {
                guard.mediaType = document.mediaType;
            }
            if ("image".equals(type.getType()) && OCR_IMAGE_SUBTYPES.contains(type.getSubtype())) {
                if (!tika.tesseract.available) {
                    document.failure = new ExtractionFailure(FailureReason.OCR_UNAVAILABLE,
                            tika.tesseract.unavailableReason + " (" + document.mediaType + " needs OCR)");
                    return;
                }
                metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "image/ocr-" + type.getSubtype());
                document.ocrImage = true;
            }
            TextBuffer buffer = new TextBuffer();
            ContentHandler handler = new GuardedContentHandler(
                    new PageMarkingHandler(new BodyContentHandler(buffer), buffer), guard);
            (document.ocrImage ? context.get(Parser.class) : tika.parser).parse(tis, handler, metadata, context);
            guard.check();
            document.text = buffer.takeStripped();
            document.pageStarts = buffer.pageStarts();
            ParseVerdict.judge(document, tika.tesseract);
        } catch (ParseGuard.AbortException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            document.failure = new ExtractionFailure(FailureReason.OUT_OF_MEMORY, "parser ran out of memory");
        } catch (Exception e) {
            guard.check();
            document.failure = FailureClassifier.classify(e, guard);
        } finally {
            document.elapsedNanos = System.nanoTime() - t0;
        }
    }

    /**
     * Receives every embedded document the container parsers find and parses it into a child
     * (instead of Tika's default of inlining its text into the container's). Per-file state; the
     * recursion is synchronous, so a stack tracks the current container.
     */
    private final class Collector implements EmbeddedDocumentExtractor {
        private final Deque<ParsingDocument> stack = new ArrayDeque<>();
        private final ParseGuard guard;
        ParseContext context;
        private int count;
        private boolean countWarned;

        Collector(ParsingDocument root, ParseGuard guard) {
            this.guard = guard;
            stack.push(root);
        }

        /** OCR state of the document being parsed (PDF page OCR happens while its document is on top). */
        AdaptiveOcr.State ocrState() {
            ParsingDocument document = stack.peek();
            if (document == null) {
                return null;
            }
            if (document.ocr == null) {
                document.ocr = new AdaptiveOcr.State(document.metadata);
            }
            return document.ocr;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            // Images placed inline in a page (office documents, PDF, HTML data: URIs) are illustrations;
            // OCR'ing every logo would cost seconds per document.
            return !TikaCoreProperties.EmbeddedResourceType.INLINE.toString()
                    .equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            guard.check();
            ParsingDocument parent = stack.peek();
            String name = memberName(metadata, count + 1);
            String path = parent.embeddedPath == null ? name : parent.embeddedPath + "/" + name;
            int depth = parent.depth + 1;
            if (depth > config.maxEmbeddedDepth()) {
                parent.warnings.add("not opened, nested deeper than " + config.maxEmbeddedDepth() + ": " + path);
                parent.membersTooDeep = true;
                return;
            }
            if (++count > config.maxEmbeddedResources()) {
                if (!countWarned) {
                    countWarned = true;
                    stack.getLast().warnings.add("more than " + config.maxEmbeddedResources()
                            + " embedded documents; the rest were skipped");
                }
                return;
            }
            ParsingDocument child = new ParsingDocument(path, depth);
            try (TemporaryResources tmp = new TemporaryResources()) {
                TikaInputStream tis = TikaInputStream.get(CloseShieldInputStream.wrap(stream), tmp, metadata);
                if (!ArchiveTypes.isArchive(parent.mediaType)) {
                    // An image inside a document (not an archive member) is an illustration: skip it.
                    MediaType type = tika.detector.detect(tis, metadata);
                    if ("image".equals(type.getType())) {
                        return;
                    }
                }
                parent.children.add(child);
                stack.push(child);
                try {
                    parseDocument(child, tis, metadata, context, guard);
                } finally {
                    stack.pop();
                }
            }
        }
    }

    /** The member's name as the container parser reports it (archive entries keep their folders). */
    private static String memberName(Metadata metadata, int ordinal) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) {
            name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
        }
        if (name == null || name.isBlank()) {
            return "embedded-" + ordinal;
        }
        name = name.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "embedded-" + ordinal : name;
    }
}
