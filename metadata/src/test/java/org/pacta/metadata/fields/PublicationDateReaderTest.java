package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.pacta.metadata.document.DocumentText;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateReaderTest {

    private static Analysis analysis(String text) {
        return Analysis.of(new DocumentText(text, null, "x.txt", "en"));
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
