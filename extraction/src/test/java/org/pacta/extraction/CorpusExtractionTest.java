package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real documents of the development corpus (shared/corpus). */
class CorpusExtractionTest {

    private static TikaTextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new TikaTextExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void longPdfIsExtractedToItsLastPageWithoutOcr() {
        Extraction e = extractor.extract(TestData.agreement("tota_159.pdf"));
        assertTrue(e.ok(), e::toString);
        assertEquals("application/pdf", e.mediaType());
        assertEquals(139, e.pageCount());
        assertTrue(e.charCount() > 100_000, "full text, no 100k truncation: " + e.charCount());
        // The closing formula on page 139 of 139.
        assertTrue(squash(e.text()).contains("DONE at Washington, D.C., this 30th day of June, 2007, in duplicate"),
                "text of the last page is missing");
        assertTrue(e.text().endsWith("-493-"), "ends with the last page's folio");
        assertFalse(e.ocrApplied(), "a text-layer PDF must not be OCR'd");
        assertEquals(0, e.ocrPages());
        assertEquals("en", e.language());
    }

    @Test
    void docxBodyText() {
        Extraction e = extractor.extract(TestData.agreement("tota_113.docx"));
        assertTrue(e.ok(), e::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", e.mediaType());
        String text = squash(e.text());
        assertTrue(text.startsWith("AGREEMENT ON SAARC PREFERENTIAL TRADING ARRANGEMENT (SAPTA) Preamble"), text);
        assertTrue(text.contains("the Kingdom of Bhutan"));
        assertEquals("en", e.language());
        assertTrue(e.children().isEmpty());
    }

    @Test
    void htmlTitleAndBodyWithoutMarkup() {
        Extraction e = extractor.extract(TestData.agreement("tota_5.html"));
        assertTrue(e.ok(), e::toString);
        assertEquals("text/html", e.mediaType());
        assertEquals("EFTA - Egypt", e.title());
        assertEquals("UTF-8", e.contentEncoding());
        String text = squash(e.text());
        assertTrue(text.contains("FREE TRADE AGREEMENT BETWEEN THE ARAB REPUBLIC OF EGYPT AND THE EFTA STATES"));
        assertFalse(text.contains("<p>") || text.contains("<h2"), "markup leaked into the text");
    }

    @Test
    void plainTextInFull() {
        TestData.Expected x = TestData.expected().stream()
                .filter(r -> r.file().equals("agreements/tota_1.txt")).findFirst().orElseThrow();
        Extraction e = extractor.extract(x.path());
        assertTrue(e.ok(), e::toString);
        assertEquals("text/plain", e.mediaType());
        assertEquals("UTF-8", e.contentEncoding());
        assertNull(e.pageCount());
        // expected.jsonl counts the file's characters; we strip the final newline
        assertTrue(Math.abs(e.charCount() - x.textChars()) <= 2, e.charCount() + " vs " + x.textChars());
        assertTrue(e.text().startsWith("Preamble"));
    }

    @Test
    void languagesEnglishSpanishFrench() {
        assertEquals("en", extractor.extract(TestData.agreement("tota_1.txt")).language());
        Extraction es = extractor.extract(TestData.agreement("tota_123.html"));
        assertEquals("es", es.language(), es::toString);
        assertEquals("Latin American Integration Association (LAIA)", es.title());
        assertTrue(es.text().contains("TRATADO DE MONTEVIDEO 1980"));
        Extraction fr = extractor.extract(TestData.agreement("tota_86.txt"));
        assertEquals("fr", fr.language(), fr::toString);
        assertTrue(squash(fr.text()).contains("TRAITÉ INSTITUANT LA COMMUNAUTÉ ÉCONOMIQUE ET MONÉTAIRE"));
    }

    /** Every text document of the corpus, two worker threads on one extractor, against expected.jsonl. */
    @Test
    void wholeCorpusOnTwoThreadsMatchesGroundTruth() throws Exception {
        List<TestData.Expected> docs = TestData.expected().stream().filter(x -> !x.scanned()).toList();
        assertTrue(docs.size() >= 70, "corpus has " + docs.size() + " text documents");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (TestData.Expected x : docs) {
                results.add(pool.submit(() -> extractor.extract(x.path())));
            }
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                TestData.Expected x = docs.get(i);
                Extraction e = results.get(i).get();
                if (!e.ok()) {
                    problems.add(x.file() + ": " + e.failure());
                    continue;
                }
                if (x.language() != null && !x.language().equals(e.language())) {
                    problems.add(x.file() + ": language " + e.language() + ", expected " + x.language());
                }
                if (x.format().equals("html") && x.title() != null && !x.title().equals(e.title())) {
                    problems.add(x.file() + ": title '" + e.title() + "', expected '" + x.title() + "'");
                }
                if (x.longDoc() && e.charCount() <= 100_000) {
                    problems.add(x.file() + ": only " + e.charCount() + " chars");
                }
                if (e.ocrApplied()) {
                    problems.add(x.file() + ": OCR'd although it has a text layer");
                }
                if (x.textChars() > 0 && e.charCount() < x.textChars() * 0.8) {
                    problems.add(x.file() + ": " + e.charCount() + " chars, source has " + x.textChars());
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            pool.shutdownNow();
        }
    }
}
