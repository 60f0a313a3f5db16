package org.pacta.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.ingest.Extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where each page of a PDF begins in its text, and how the offsets cross the pipe from the child process. */
class PageStartsTest {

    private static TikaTextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new TikaTextExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** The corpus's longest PDF: 139 pages, each with its offset, the closing formula on the last one. */
    @Test
    void everyPageOfTheLongPdfHasItsOffset() {
        Extraction e = extractor.extract(TestData.agreement("tota_159.pdf"));
        assertTrue(e.ok(), e::toString);
        List<Integer> starts = e.pageStarts();
        assertEquals(e.pageCount(), starts.size());
        assertEquals(0, starts.get(0));
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) > starts.get(i - 1), "page " + (i + 1) + " starts after page " + i);
        }
        assertTrue(starts.get(starts.size() - 1) < e.charCount());
        String lastPage = e.text().substring(starts.get(138));
        assertTrue(CorpusExtractionTest.squash(lastPage).contains("DONE at Washington, D.C., this 30th day of June, 2007"),
                "the closing formula is on page 139");
        // read on page 37 of the PDF: the SPS committee's functions
        String phrase = "consult on issues, positions, and agendas for meetings of the WTO Committee";
        int at = CorpusExtractionTest.squash(e.text()).indexOf(phrase);
        assertTrue(at >= 0, "phrase found");
        String page37 = CorpusExtractionTest.squash(e.text().substring(starts.get(36), starts.get(37)));
        assertTrue(page37.contains(phrase), "the phrase read on page 37 is in page 37's range");
        assertTrue(!CorpusExtractionTest.squash(e.text().substring(0, starts.get(36))).contains(phrase),
                "and not before it");
    }

    @Test
    void codecCarriesPageStarts() throws IOException {
        Extraction original = new Extraction(Path.of("/x.pdf"), null, 0, null, "one two three", "application/pdf", 3,
                List.of(0, 4, 8), "en", false, 0, List.of(), 0, null, null, null, null, null, List.of(), List.of(),
                Duration.ZERO);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExtractionCodec.write(new DataOutputStream(bytes), original);
        Extraction read = ExtractionCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                Path.of("/x.pdf"));
        assertEquals(List.of(0, 4, 8), read.pageStarts());
        assertEquals("one two three", read.text());
    }

    /** A version-1 stream (before page offsets) still reads, without them. */
    @Test
    void codecReadsTheFirstVersion() throws IOException {
        Extraction original = new Extraction(Path.of("/x.pdf"), null, 0, null, "one", "application/pdf", 1,
                List.of(), "en", false, 0, List.of(), 0, null, null, null, null, null, List.of(), List.of(),
                Duration.ZERO);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExtractionCodec.write(new DataOutputStream(bytes), original);
        byte[] v2 = bytes.toByteArray();
        // version 1: the old magic, and no page offset count after the page count
        int countAt = 4 + 1 + 4 + 1 + (4 + 3) + (1 + 4 + "application/pdf".length()) + 4;
        ByteArrayOutputStream v1 = new ByteArrayOutputStream();
        new DataOutputStream(v1).writeInt(0x50414354);
        v1.write(v2, 4, countAt - 4);
        v1.write(v2, countAt + 4, v2.length - countAt - 4);
        Extraction read = ExtractionCodec.read(new DataInputStream(new ByteArrayInputStream(v1.toByteArray())),
                Path.of("/x.pdf"));
        assertEquals(List.of(), read.pageStarts());
        assertEquals("one", read.text());
        assertEquals("en", read.language());
        assertEquals(1, read.pageCount());
    }
}
