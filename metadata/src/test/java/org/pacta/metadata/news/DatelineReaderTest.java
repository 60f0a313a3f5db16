package org.pacta.metadata.news;

import org.junit.jupiter.api.Test;
import org.pacta.metadata.Analysis;
import org.pacta.metadata.DocumentText;
import org.pacta.metadata.Finding;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineReaderTest {

    private static Analysis analysis(String text) {
        return Analysis.of(new DocumentText(text, null, "x.txt", "en"));
    }

    @Test
    void readsADatelineWithTheBylinesYear() {
        Analysis a = analysis("""
                U.S. SIGNS TAX TREATY WITH VIRGIN ISLANDS

                Reuters, 2 March 1987

                WASHINGTON, March 2 - The Treasury Department said the United States and the Virgin Islands
                have signed a tax treaty.""");
        Dateline d = a.dateline().orElseThrow();
        assertEquals("WASHINGTON", d.city());
        assertEquals(LocalDate.of(1987, 3, 2), d.date());
        assertTrue(a.isNews());
    }

    @Test
    void readsAFullDatelineAndADateLabel() {
        assertEquals(LocalDate.of(2025, 12, 25), analysis("BAKU, December 25, 2025 – Azerbaijan's parliament approved")
                .dateline().orElseThrow().date());
        Dateline d = analysis(" date 2025-12-16 BAKU, Azerbaijan, December 16. Azerbaijan and Türkiye will step up")
                .dateline().orElseThrow();
        assertEquals("BAKU", d.city());
        assertEquals(LocalDate.of(2025, 12, 16), d.date());
        assertEquals(LocalDate.of(2025, 7, 22), analysis("Moscow, 22 July 2025 (TASS) - The sides signed")
                .dateline().orElseThrow().date());
        assertEquals(LocalDate.of(2025, 7, 22), analysis("ANKARA, 22 Temmuz 2025 - İki bakan")
                .dateline().orElseThrow().date());
    }

    @Test
    void aNotesDateLineOrAHeadlineIsNotADateline() {
        assertFalse(analysis("""
                EXCHANGE OF NOTES
                No. 1 - The British Ambassador at Brussels to the Belgian Minister for Foreign Affairs
                Brussels, 17 May 1926
                Monsieur le Ministre,""").isNews());
        assertFalse(analysis("NIGERIA, FRANCE TO RESCHEDULE OFFICIAL DEBT\n\nThe accord was signed.").isNews());
        assertFalse(analysis("Considering the Agreement between the Swiss Federal Council and the Organization\n"
                + "dated 11 June 1955;").isNews());
    }

    @Test
    void publicationDateComesFromTheDateline() {
        Finding<LocalDate> f = new PublicationDateReader().read(analysis("""
                Reuters, 27 March 1987

                PARIS, March 27 - Nigeria and France have signed a bilateral agreement.""")).orElseThrow();
        assertEquals(LocalDate.of(1987, 3, 27), f.value());
        assertTrue(f.evidence().sentence().startsWith("PARIS, March 27"));
        assertTrue(new PublicationDateReader().read(analysis("Article 1\n\nDone at Paris, 27 March 1987.")).isEmpty());
    }
}
