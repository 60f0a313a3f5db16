package org.pacta.metadata.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineReaderTest {

    private static ParsedDocument analysis(String text) {
        return ParsedDocument.of(new DocumentText(text, null, "x.txt", "en"));
    }

    @Test
    void readsADatelineWithTheBylinesYear() {
        ParsedDocument a = analysis("""
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
}
