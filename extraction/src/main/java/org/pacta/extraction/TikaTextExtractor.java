package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;
import org.pacta.core.ingest.TextExtractor;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Apache Tika based {@link TextExtractor}: full text (no write limit), technical metadata, OCR of pages
 * without a text layer and of images (Tesseract), language (Lingua), archive members as children.
 *
 * <h2>Isolation</h2>
 * Documents are parsed in this JVM, each on a worker thread of an internal pool, while the calling thread
 * waits up to {@link ExtractorConfig#timeout()}. On timeout the caller gets {@link FailureReason#TIMEOUT}
 * at once; the parse is cancelled cooperatively (every SAX event checks a flag, so a parser producing
 * output stops at its next character) and by interruption (which also kills a running tesseract child
 * via Tika's process handling). A parser that ignores both is abandoned on its daemon thread and counted
 * in {@link #abandonedThreads()} so that a caller can decide to restart the process; it never blocks the
 * caller or other documents. Output is bounded by {@link ExtractorConfig#maxChars()} (TOO_LARGE), archives
 * by depth and member count, expansion by Tika's SecureContentHandler (ZIP_BOMB), and an
 * OutOfMemoryError in a parse is reported as OUT_OF_MEMORY.
 *
 * <p>Why in-process by default: measured on shared/bench (417 txt/html/text-PDF files, 47.9 MB, 2 cores,
 * 2 workers, best of 2 runs on a shared machine), a single fresh pass runs at 38 docs/s in-process, against
 * 22-28 docs/s with {@link ChildProcessTextExtractor} (plus ~2.5 s start per child; each child JVM
 * has to warm up its own JIT) and 31-34 docs/s with Tika's PipesParser (which does not even detect
 * languages). Once warm (third pass over the same files) in-process does 70-90 docs/s and the child
 * processes 77. The in-process design already keeps a runaway parser from hanging the run; what it
 * cannot do is bound one parse's heap or survive a native crash: for that, use
 * {@link ChildProcessTextExtractor}, which has the same API and results.
 *
 * <p>Thread-safe: one instance serves any number of threads. Close it to stop its worker pool.
 */
public final class TikaTextExtractor implements TextExtractor {

    private static final Set<String> ARCHIVE_TYPES = Set.of(
            "application/zip", "application/x-tar", "application/x-gtar", "application/gzip",
            "application/x-gzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/java-archive",
            "application/x-compress", "application/zstd", "application/x-lzma", "application/x-arj",
            "application/x-cpio", "application/x-archive");
    /** Raster formats tesseract reads; they are OCR'd through Tika's "image/ocr-*" parser override. */
    private static final Set<String> OCR_IMAGE_SUBTYPES = Set.of("png", "jpeg", "tiff", "bmp", "gif",
            "x-ms-bmp", "jp2", "jpx", "x-portable-pixmap", "webp");

    private final ExtractorConfig config;
    private final TesseractSupport tesseract;
    private final AutoDetectParser parser;
    private final Detector detector;
    private final LanguageIdentifier languages;
    /** OCR language choice per document; null without OCR. */
    private final AdaptiveOcr adaptiveOcr;
    private final PDFParserConfig pdfConfig;
    private final OfficeParserConfig officeConfig;
    private final TesseractOCRConfig ocrConfig;
    private final ExecutorService workers;
    private final AtomicInteger abandoned = new AtomicInteger();
    private volatile boolean closed;

    public TikaTextExtractor() {
        this(ExtractorConfig.defaults());
    }

    public TikaTextExtractor(ExtractorConfig config) {
        this.config = config;
        this.tesseract = config.ocrEnabled()
                ? TesseractSupport.probe(config.tesseractCommand(), config.ocrLanguages())
                : TesseractSupport.disabled();
        TikaConfig tikaConfig;
        try (InputStream xml = new ByteArrayInputStream(tikaConfigXml(tesseract).getBytes(StandardCharsets.UTF_8))) {
            tikaConfig = new TikaConfig(xml);
        } catch (TikaException | IOException | SAXException e) {
            throw new IllegalStateException("cannot configure Tika", e);
        }
        this.parser = new AutoDetectParser(tikaConfig);
        this.detector = tikaConfig.getDetector();

        this.pdfConfig = new PDFParserConfig();
        // AUTO: a page is OCR'd only when its text layer is (nearly) empty or mostly unmapped glyphs;
        // pages with text are never rendered, which keeps text PDFs at full speed.
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdfConfig.setOcrStrategyAuto("faster");
        pdfConfig.setOcrDPI(config.ocrDpi());
        pdfConfig.setExtractInlineImages(false);
        pdfConfig.setCatchIntermediateIOExceptions(true);

        this.officeConfig = new OfficeParserConfig();
        // Streaming DOCX extraction: faster, and a zip-bomb DOCX trips the bomb check instead of an OOM.
        officeConfig.setUseSAXDocxExtractor(true);
        officeConfig.setUseSAXPptxExtractor(true);
        officeConfig.setIncludeHeadersAndFooters(true);

        this.ocrConfig = new TesseractOCRConfig();
        if (tesseract.available) {
            ocrConfig.setLanguage(tesseract.languages);
            ocrConfig.setTimeoutSeconds((int) Math.max(1, config.ocrPageTimeout().toSeconds()));
        } else {
            ocrConfig.setSkipOcr(true);
        }

        this.languages = config.detectLanguage() ? new LanguageIdentifier(config.languageSampleChars()) : null;
        if (tesseract.available) {
            LanguageIdentifier forOcr = !config.ocrAutoLanguage() ? null
                    : languages != null ? languages : new LanguageIdentifier(config.languageSampleChars());
            this.adaptiveOcr = new AdaptiveOcr(parser, tesseract.languages, tesseract.installedLanguages,
                    config.ocrAutoLanguage(), forOcr, (int) Math.max(1, config.ocrPageTimeout().toSeconds()));
            if (config.ocrAutoLanguage() && !adaptiveOcr.scriptDetection()) {
                tesseract.warnings.add("OCR language choice: tesseract's script detection data (osd) is not "
                        + "installed (Debian: tesseract-ocr-osd); scans in non-Latin scripts (Cyrillic, Arabic) "
                        + "are recognised only if their pack is in ocrLanguages");
            }
        } else {
            this.adaptiveOcr = null;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "pacta-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newCachedThreadPool(tf);
    }

    private static String tikaConfigXml(TesseractSupport t) {
        StringBuilder x = parsersXml(t);
        x.append("<encodingDetectors>\n")
                .append("<encodingDetector class=\"").append(Utf16WithoutBomDetector.class.getName()).append("\"/>\n")
                .append("<encodingDetector class=\"org.apache.tika.detect.DefaultEncodingDetector\"/>\n")
                .append("</encodingDetectors>\n");
        return x.append("</properties>\n").toString();
    }

    /**
     * Tika's default configuration with this extractor's Tesseract (bundled or system, its language
     * data): the reference a benchmark compares Pacta with must OCR with the same program.
     */
    public org.apache.tika.parser.AutoDetectParser plainParserWithThisOcr() {
        try (InputStream xml = new ByteArrayInputStream(parsersXml(tesseract).append("</properties>\n").toString()
                .getBytes(StandardCharsets.UTF_8))) {
            return new org.apache.tika.parser.AutoDetectParser(new TikaConfig(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Tika configuration: " + e.getMessage(), e);
        }
    }

    private static StringBuilder parsersXml(TesseractSupport t) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<properties>\n<parsers>\n")
                .append("<parser class=\"org.apache.tika.parser.DefaultParser\">\n")
                .append("  <parser-exclude class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"/>\n")
                .append("</parser>\n");
        if (t.available) {
            x.append("<parser class=\"org.apache.tika.parser.ocr.TesseractOCRParser\">\n<params>\n");
            if (!t.tesseractDir.isEmpty()) {
                x.append(param("tesseractPath", t.tesseractDir));
            }
            if (t.tessdataDir != null) {
                x.append(param("tessdataPath", t.tessdataDir));
            }
            x.append(param("language", t.languages));
            x.append("</params>\n</parser>\n");
        }
        return x.append("</parsers>\n");
    }

    private static String param(String name, String value) {
        String v = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "  <param name=\"" + name + "\" type=\"string\">" + v + "</param>\n";
    }

    /** Whether scans and images can be OCR'd. */
    public boolean ocrAvailable() {
        return tesseract.available;
    }

    /** Why OCR is not available, or {@code null}. */
    public String ocrUnavailableReason() {
        return tesseract.unavailableReason;
    }

    /**
     * The configured OCR languages in use ({@code +}-joined), {@code null} without OCR. With
     * {@link ExtractorConfig#ocrAutoLanguage()} a document may be read with another pack in front of these
     * ({@link Extraction#ocrLanguages()}).
     */
    public String ocrLanguages() {
        return tesseract.languages;
    }

    /** The Tesseract in use, as it names itself ("tesseract 5.5.1 (bundled)"), or {@code null} without OCR. */
    public String ocrEngine() {
        return tesseract.version;
    }

    /** Tesseract language packs found at start-up ({@code tesseract --list-langs}); empty without OCR. */
    public Set<String> installedOcrLanguages() {
        return tesseract.installedLanguages;
    }

    /** Configuration problems found at start-up (e.g. a requested OCR language pack that is missing). */
    @Override
    public List<String> setupWarnings() {
        return List.copyOf(tesseract.warnings);
    }

    /** Parser threads that ignored cancellation after a timeout and still run (see class comment). */
    public int abandonedThreads() {
        return abandoned.get();
    }

    public ExtractorConfig config() {
        return config;
    }

    @Override
    public Extraction extract(Path file) {
        long t0 = System.nanoTime();
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        ExtractionFailure pre = precheck(file);
        if (pre != null) {
            return Extraction.failed(file, null, 0, null, pre, List.of(), since(t0));
        }
        ParseGuard guard = new ParseGuard(config.maxChars());
        long timeoutMillis = config.timeout().toMillis();
        try {
            workers.execute(() -> {
                guard.attach(Thread.currentThread());
                try {
                    guard.result = parseTop(file, guard, t0, timeoutMillis);
                } catch (OutOfMemoryError e) {
                    guard.result = Extraction.failed(file, null, 0, null,
                            new ExtractionFailure(FailureReason.OUT_OF_MEMORY, "parser ran out of memory"),
                            List.of(), since(t0));
                } catch (Throwable e) {
                    guard.result = Extraction.failed(file, null, 0, null,
                            FailureClassifier.classify(e, guard), List.of(), since(t0));
                } finally {
                    guard.detach();
                    Thread.interrupted(); // do not hand a pending interrupt to the next task
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("extractor is closed", e);
        }
        try {
            if (!guard.awaitFinished(timeoutMillis)) {
                guard.cancel(FailureReason.TIMEOUT, "no result within " + config.timeout().toMillis() + " ms");
                List<String> warnings = new ArrayList<>();
                if (!guard.awaitFinished(config.stuckThreadGrace().toMillis())) {
                    abandoned.incrementAndGet();
                    warnings.add("parser thread ignored cancellation and was abandoned");
                }
                return Extraction.failed(file, null, 0, guard.mediaType,
                        new ExtractionFailure(FailureReason.TIMEOUT,
                                "no result within " + config.timeout().toMillis() + " ms"),
                        warnings, since(t0));
            }
        } catch (InterruptedException e) {
            guard.cancel(FailureReason.TIMEOUT, "caller interrupted");
            Thread.currentThread().interrupt();
            return Extraction.failed(file, null, 0, guard.mediaType,
                    new ExtractionFailure(FailureReason.TIMEOUT, "caller interrupted"), List.of(), since(t0));
        }
        return guard.result;
    }

    static ExtractionFailure precheck(Path file) {
        if (file == null) {
            throw new NullPointerException("file");
        }
        if (!Files.exists(file)) {
            return new ExtractionFailure(FailureReason.IO_ERROR, "no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            return new ExtractionFailure(FailureReason.IO_ERROR, "not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            return new ExtractionFailure(FailureReason.IO_ERROR, "not readable: " + file);
        }
        try {
            if (Files.size(file) == 0) {
                return new ExtractionFailure(FailureReason.EMPTY, "zero bytes");
            }
        } catch (IOException e) {
            return new ExtractionFailure(FailureReason.IO_ERROR, "cannot stat " + file + ": " + e.getMessage());
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // One document, on a worker thread

    /** Mutable result of one (top-level or embedded) document while it is being parsed. */
    private static final class Node {
        final String embeddedPath;
        final int depth;
        String mediaType;
        ExtractionFailure failure;
        String text = "";
        Metadata metadata;
        boolean ocrImage;
        /** OCR language choice and record, created at the first OCR'd page. */
        AdaptiveOcr.State ocr;
        final List<String> warnings = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        /** Members left unopened by the depth bound: the archive is not empty, only not read further. */
        boolean membersTooDeep;
        long elapsedNanos;

        Node(String embeddedPath, int depth) {
            this.embeddedPath = embeddedPath;
            this.depth = depth;
        }
    }

    private Extraction parseTop(Path file, ParseGuard guard, long t0, long timeoutMillis) {
        Node root = new Node(null, 0);
        Collector collector = new Collector(root, guard);
        ParseContext context = newContext(collector, guard, t0 + timeoutMillis * 1_000_000L, timeoutMillis);
        collector.context = context;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        try (TikaInputStream tis = TikaInputStream.get(file, metadata)) {
            parseNode(root, tis, metadata, context, guard);
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
        return freeze(file, root);
    }

    private ParseContext newContext(Collector collector, ParseGuard guard, long deadline, long timeoutMillis) {
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(OfficeParserConfig.class, officeConfig);
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(EmbeddedDocumentExtractor.class, collector);
        // Parsers that hand work on (PDF pages to OCR, embedded streams) look the parser up here. With
        // OCR it is the adaptive one: OCR calls choose their language, everything else goes to the parser.
        context.set(Parser.class, adaptiveOcr == null ? parser
                : adaptiveOcr.parser(collector::ocrState, guard, deadline));
        // Tesseract's own per-run limit: never longer than the document's.
        context.set(TikaTaskTimeout.class,
                new TikaTaskTimeout(Math.min(config.ocrPageTimeout().toMillis(), timeoutMillis)));
        return context;
    }

    /**
     * Detects, parses and post-processes one document into {@code node}. Parser failures are recorded
     * on the node; only a guard abort (timeout / too large) propagates, as an AbortException.
     */
    private void parseNode(Node node, TikaInputStream tis, Metadata metadata, ParseContext context,
                           ParseGuard guard) throws ParseGuard.AbortException {
        long t0 = System.nanoTime();
        node.metadata = metadata;
        try {
            MediaType type = detector.detect(tis, metadata);
            node.mediaType = type.getBaseType().toString();
            if (node.depth == 0) {
                guard.mediaType = node.mediaType;
            }
            if ("image".equals(type.getType()) && OCR_IMAGE_SUBTYPES.contains(type.getSubtype())) {
                if (!tesseract.available) {
                    node.failure = new ExtractionFailure(FailureReason.OCR_UNAVAILABLE,
                            tesseract.unavailableReason + " (" + node.mediaType + " needs OCR)");
                    return;
                }
                metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "image/ocr-" + type.getSubtype());
                node.ocrImage = true;
            }
            TextBuffer buffer = new TextBuffer();
            ContentHandler handler = new GuardedContentHandler(new BodyContentHandler(buffer), guard);
            (node.ocrImage ? context.get(Parser.class) : parser).parse(tis, handler, metadata, context);
            guard.check();
            node.text = buffer.takeStripped();
            postProcess(node);
        } catch (ParseGuard.AbortException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            node.failure = new ExtractionFailure(FailureReason.OUT_OF_MEMORY, "parser ran out of memory");
        } catch (Exception e) {
            guard.check();
            node.failure = FailureClassifier.classify(e, guard);
        } finally {
            node.elapsedNanos = System.nanoTime() - t0;
        }
    }

    private void postProcess(Node node) {
        Metadata md = node.metadata;
        for (String w : md.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            node.warnings.add(firstLine(w));
        }
        int ocrPages = ocrPages(node);
        boolean hasText = !node.text.isEmpty();
        if (ocrPages > 0 && !tesseract.available) {
            if (hasText) {
                node.warnings.add(ocrPages + " page(s) without a text layer were not OCR'd: "
                        + tesseract.unavailableReason);
            } else {
                node.failure = new ExtractionFailure(FailureReason.OCR_UNAVAILABLE,
                        tesseract.unavailableReason + " (" + ocrPages + " page(s) without a text layer)");
                return;
            }
        }
        if (!hasText && node.failure == null) {
            boolean childHasText = node.children.stream().anyMatch(c -> c.failure == null);
            if (isUnparsed(md)) {
                node.failure = new ExtractionFailure(FailureReason.UNSUPPORTED_TYPE,
                        "no parser for " + node.mediaType);
            } else if (!childHasText && !ARCHIVE_TYPES.contains(node.mediaType)) {
                node.failure = new ExtractionFailure(FailureReason.EMPTY, "no text in " + node.mediaType
                        + (node.ocrImage || ocrPages > 0 ? " (OCR found no text)" : ""));
            } else if (node.children.isEmpty() && !node.membersTooDeep) {
                node.failure = new ExtractionFailure(FailureReason.EMPTY, "empty archive");
            }
        }
    }

    private int ocrPages(Node node) {
        if (node.ocrImage) {
            return 1;
        }
        Integer pages = node.metadata.getInt(PDF.OCR_PAGE_COUNT);
        return pages == null ? 0 : pages;
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

    // ------------------------------------------------------------------------------------------------
    // Embedded documents

    /**
     * Receives every embedded document the container parsers find and parses it into a child node
     * (instead of Tika's default of inlining its text into the container's). Per-document state; the
     * recursion is synchronous, so a stack tracks the current container.
     */
    private final class Collector implements EmbeddedDocumentExtractor {
        private final Deque<Node> stack = new ArrayDeque<>();
        private final ParseGuard guard;
        ParseContext context;
        private int count;
        private boolean countWarned;

        Collector(Node root, ParseGuard guard) {
            this.guard = guard;
            stack.push(root);
        }

        /** OCR state of the document being parsed (PDF page OCR happens while its node is on top). */
        AdaptiveOcr.State ocrState() {
            Node node = stack.peek();
            if (node == null) {
                return null;
            }
            if (node.ocr == null) {
                node.ocr = new AdaptiveOcr.State(node.metadata);
            }
            return node.ocr;
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
            Node parent = stack.peek();
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
            Node child = new Node(path, depth);
            try (TemporaryResources tmp = new TemporaryResources()) {
                TikaInputStream tis = TikaInputStream.get(CloseShieldInputStream.wrap(stream), tmp, metadata);
                if (!ARCHIVE_TYPES.contains(parent.mediaType)) {
                    // An image inside a document (not an archive member) is an illustration: skip it.
                    MediaType type = detector.detect(tis, metadata);
                    if ("image".equals(type.getType())) {
                        return;
                    }
                }
                parent.children.add(child);
                stack.push(child);
                try {
                    parseNode(child, tis, metadata, context, guard);
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

    // ------------------------------------------------------------------------------------------------

    private Extraction freeze(Path file, Node node) {
        List<Extraction> children = new ArrayList<>(node.children.size());
        for (Node c : node.children) {
            children.add(freeze(file, c));
        }
        Duration elapsed = Duration.ofNanos(node.elapsedNanos);
        if (node.ocr != null) {
            node.warnings.addAll(node.ocr.warnings);
        }
        if (node.failure != null) {
            return new Extraction(file, node.embeddedPath, node.depth, node.failure, "", node.mediaType,
                    null, null, false, 0, List.of(), 0, null, null, null, null, null, node.warnings, children,
                    elapsed);
        }
        Metadata md = node.metadata;
        int ocrPages = tesseract.available ? ocrPages(node) : 0;
        String language = languages == null || node.text.isEmpty() ? null : languages.detect(node.text);
        List<String> ocrLanguages = node.ocr == null ? List.of() : List.copyOf(node.ocr.textLanguages);
        int ocrExtraRuns = node.ocr == null ? 0 : node.ocr.extraRuns;
        return new Extraction(file, node.embeddedPath, node.depth, null, node.text, node.mediaType,
                pageCount(md), language, ocrPages > 0, ocrPages, ocrLanguages, ocrExtraRuns,
                text(md, TikaCoreProperties.TITLE), joined(md, TikaCoreProperties.CREATOR),
                date(md, TikaCoreProperties.CREATED), date(md, TikaCoreProperties.MODIFIED),
                md.get(Metadata.CONTENT_ENCODING), node.warnings, children, elapsed);
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

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        tesseract.close();
    }
}
