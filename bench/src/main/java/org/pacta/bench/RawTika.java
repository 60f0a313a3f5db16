package org.pacta.bench;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.pacta.extraction.TikaTextExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The extraction ceiling: a plain {@link AutoDetectParser} (Tika's default configuration) and a
 * {@code BodyContentHandler(-1)} per file, on a fixed pool of threads; no language detection, no
 * hashing, no indexing.
 *
 * <p>Only OCR is configured, the same as Pacta's extractor (the same Tesseract program and language data), so that a scan costs the same here: PDF
 * pages are OCR'd with the AUTO strategy ("faster": pages without a usable text layer only) at Pacta's
 * resolution, with Pacta's Tesseract languages and per-page time limit, and not at all when Pacta has
 * no OCR. Tesseract runs with the JVM's environment; {@code ./pacta} exports {@code OMP_THREAD_LIMIT=1},
 * as Pacta's own Tesseract runs have. Embedded documents (archive members) are parsed too (the parser
 * is in the context), as Pacta does; unlike Pacta, inline images of HTML or Office documents would be
 * OCR'd here (there are none in shared/bench).
 */
final class RawTika {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** One pass over the files. */
    record Result(int files, int failed, long characters, long pages, List<String> failures) {
    }

    private final AutoDetectParser parser;
    private final PDFParserConfig pdf = new PDFParserConfig();
    private final TesseractOCRConfig ocr = new TesseractOCRConfig();

    /** OCR as {@code pacta} configures it. */
    RawTika(TikaTextExtractor pacta) {
        parser = pacta.plainParserWithThisOcr();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdf.setOcrStrategyAuto("faster");
        pdf.setOcrDPI(pacta.config().ocrDpi());
        pdf.setExtractInlineImages(false);
        if (pacta.ocrAvailable()) {
            ocr.setLanguage(pacta.ocrLanguages());
            ocr.setTimeoutSeconds((int) Math.max(1, pacta.config().ocrPageTimeout().toSeconds()));
        } else {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
    }

    Result extract(List<Path> files, int threads) {
        AtomicLong characters = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "pacta-bench-tika");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Metadata metadata = new Metadata();
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
                    BodyContentHandler handler = new BodyContentHandler(-1);
                    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
                        parser.parse(in, handler, metadata, context());
                        characters.addAndGet(handler.toString().length());
                        pages.addAndGet(pages(metadata));
                    } catch (Exception | OutOfMemoryError e) {
                        failed.incrementAndGet();
                        failures.add(file + ": " + e);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(files.size(), failed.get(), characters.get(), pages.get(), List.copyOf(failures));
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(Parser.class, parser);
        return context;
    }

    /** Pages of a PDF or DOCX file, from its metadata; 0 for other formats. */
    static long pages(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        String base = type == null ? "" : type.split(";")[0].strip();
        if (!base.equals(PDF) && !base.equals(DOCX)) {
            return 0;
        }
        Integer n = metadata.getInt(PagedText.N_PAGES);
        if (n == null) {
            n = metadata.getInt(Office.PAGE_COUNT);
        }
        return n == null ? 0 : n;
    }
}
