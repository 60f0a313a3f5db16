package org.pacta.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Tika configured as Pacta reads documents: its parsers with this Tesseract (bundled or system), the PDF,
 * Office and OCR settings, language detection and the per-document OCR language choice. Built once per
 * extractor (loading the parsers takes a second or more) and shared by all its documents.
 */
final class TikaSetup implements AutoCloseable {

    final TesseractSupport tesseract;
    final AutoDetectParser parser;
    final Detector detector;
    /** Language of each text; null when detection is off. */
    final LanguageIdentifier languages;
    private final ExtractorConfig config;
    /** OCR language choice per document; null without OCR. */
    private final AdaptiveOcr adaptiveOcr;
    private final PDFParserConfig pdfConfig;
    private final OfficeParserConfig officeConfig;
    private final TesseractOCRConfig ocrConfig;

    TikaSetup(ExtractorConfig config) {
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
    }

    /**
     * The settings one document is parsed with: embedded documents go to {@code embedded}, OCR calls
     * choose their language from {@code ocrState}, and nothing runs past {@code deadline} (nanoTime).
     */
    ParseContext newContext(EmbeddedDocumentExtractor embedded, Supplier<AdaptiveOcr.State> ocrState, ParseGuard guard,
                            long deadline, long timeoutMillis) {
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(OfficeParserConfig.class, officeConfig);
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        // Parsers that hand work on (PDF pages to OCR, embedded streams) look the parser up here. With
        // OCR it is the adaptive one: OCR calls choose their language, everything else goes to the parser.
        context.set(Parser.class, adaptiveOcr == null ? parser : adaptiveOcr.parser(ocrState, guard, deadline));
        // Tesseract's own per-run limit: never longer than the document's.
        context.set(TikaTaskTimeout.class,
                new TikaTaskTimeout(Math.min(config.ocrPageTimeout().toMillis(), timeoutMillis)));
        return context;
    }

    /** Tika's default configuration with this Tesseract: see {@link TikaTextExtractor#plainParserWithThisOcr()}. */
    AutoDetectParser plainParserWithThisOcr() {
        try (InputStream xml = new ByteArrayInputStream(parsersXml(tesseract).append("</properties>\n").toString()
                .getBytes(StandardCharsets.UTF_8))) {
            return new AutoDetectParser(new TikaConfig(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Tika configuration: " + e.getMessage(), e);
        }
    }

    private static String tikaConfigXml(TesseractSupport t) {
        StringBuilder x = parsersXml(t);
        x.append("<encodingDetectors>\n")
                .append("<encodingDetector class=\"").append(Utf16WithoutBomDetector.class.getName()).append("\"/>\n")
                .append("<encodingDetector class=\"org.apache.tika.detect.DefaultEncodingDetector\"/>\n")
                .append("</encodingDetectors>\n");
        return x.append("</properties>\n").toString();
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

    @Override
    public void close() {
        tesseract.close();
    }
}
