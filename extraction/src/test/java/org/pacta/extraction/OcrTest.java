package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanned PDFs and images: OCR with tesseract, and the behaviour without it. */
class OcrTest {

    private static TikaTextExtractor withOcr;
    private static TikaTextExtractor noTesseract;

    @BeforeAll
    static void start() {
        withOcr = new TikaTextExtractor();
        noTesseract = new TikaTextExtractor(ExtractorConfig.builder()
                .tesseractCommand("/nonexistent/bin/tesseract").build());
    }

    @AfterAll
    static void stop() {
        withOcr.close();
        noTesseract.close();
    }

    /** OCR comes with the build: it is there on any machine, with or without a system tesseract. */
    private static void assumeTesseract() {
        assertTrue(withOcr.ocrAvailable(), withOcr::ocrUnavailableReason);
    }

    @Test
    void theBundledTesseractReadsAScanWithItsOwnLanguageData() {
        try (TikaTextExtractor bundled = new TikaTextExtractor(ExtractorConfig.builder()
                .tesseractCommand(TesseractSupport.BUNDLED).ocrLanguages("eng+fra+rus+chi_sim").build())) {
            assertTrue(bundled.ocrAvailable(), bundled::ocrUnavailableReason);
            assertEquals(Set.of("eng", "osd", "fra", "spa", "deu", "rus", "tur", "aze", "ara", "chi_sim"),
                    bundled.installedOcrLanguages());
            Extraction e = bundled.extract(TestData.agreement("tota_262.pdf"));
            assertTrue(e.ok(), e::toString);
            assertEquals(3, e.ocrPages());
            // The PDF has no text layer: these words exist only in the page images.
            assertTrue(CorpusExtractionTest.squash(e.text()).contains("Republic of Estonia"), e.text());
        }
    }

    @Test
    void autoPrefersASystemTesseractOnlyWhenItIsAsNew() {
        assertTrue(TesseractSupport.compareVersions("tesseract 5.3.0", BundledTesseract.VERSION) < 0);
        assertEquals(0, TesseractSupport.compareVersions("tesseract 5.5.1", "5.5.1"));
        assertTrue(TesseractSupport.compareVersions("tesseract 5.10.0-rc1", "5.5.1") > 0);
    }

    @Test
    void scannedPdfIsOcrd() {
        assumeTesseract();
        Extraction e = withOcr.extract(TestData.agreement("tota_262.pdf"));
        assertTrue(e.ok(), e::toString);
        assertTrue(e.ocrApplied());
        assertEquals(3, e.ocrPages());
        assertEquals(3, e.pageCount());
        String text = CorpusExtractionTest.squash(e.text());
        // The PDF has no text layer: these words exist only in the page images.
        assertTrue(text.contains("Republic of Estonia"), text);
        assertTrue(text.contains("mutatis mutandis"), text);
        assertEquals("en", e.language());
        // English read with eng: kept as read, no script detection, no second reading
        assertEquals(List.of("eng"), e.ocrLanguages());
        assertEquals(0, e.ocrExtraRuns(), e::toString);
        // OCR'd text is written inside its page: every page has its offset, the last with the closing words
        assertEquals(3, e.pageStarts().size(), e.pageStarts()::toString);
        assertTrue(e.pageStarts().get(0) == 0 && e.pageStarts().get(1) > 0
                && e.pageStarts().get(2) > e.pageStarts().get(1), e.pageStarts()::toString);
    }

    @Test
    void withoutTesseractAScanIsOcrUnavailableAndTextPdfsStillWork() {
        assertFalse(noTesseract.ocrAvailable());
        Extraction scan = noTesseract.extract(TestData.agreement("tota_120.pdf"));
        assertEquals(FailureReason.OCR_UNAVAILABLE, scan.failureKind().orElse(null), scan::toString);
        assertTrue(scan.failure().message().contains("OCR unavailable: tesseract not installed"),
                scan.failure().message());
        Extraction text = noTesseract.extract(TestData.agreement("tota_42.pdf"));
        assertTrue(text.ok(), text::toString);
        assertFalse(text.ocrApplied());
    }

    @Test
    void pngNamedPdfIsDetectedByContentAndOcrd(@TempDir Path dir) throws Exception {
        Path fake = Fixtures.write(dir.resolve("scan.pdf"), Fixtures.pngWithText("PACTA FIXTURE 4711"));
        Extraction without = noTesseract.extract(fake);
        assertEquals("image/png", without.mediaType());
        assertEquals(FailureReason.OCR_UNAVAILABLE, without.failureKind().orElse(null), without::toString);

        assumeTesseract();
        Extraction e = withOcr.extract(fake);
        assertTrue(e.ok(), e::toString);
        assertEquals("image/png", e.mediaType());
        assertTrue(e.ocrApplied());
        assertTrue(e.text().contains("4711") && e.text().toUpperCase().contains("FIXTURE"), e.text());
    }
}
