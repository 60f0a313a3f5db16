package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.pacta.metadata.document.DocumentText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleReaderTest {

    private static Finding<String> title(String text, String fileTitle) {
        return new TitleReader().read(Analysis.of(new DocumentText(text, fileTitle, "x.txt", "en"))).orElse(null);
    }

    @Test
    void joinsTheHeadingLines() {
        assertEquals("FREE TRADE AGREEMENT BETWEEN THE EFTA STATES AND THE PHILIPPINES",
                title("FREE TRADE AGREEMENT\nBETWEEN\nTHE EFTA STATES\nAND\nTHE PHILIPPINES\n\nIceland, the Principality "
                        + "of Liechtenstein (hereinafter the EFTA States),", null).value());
        assertEquals("Trade Agreement between The Government of the Kingdom of Thailand and The Government of the Lao "
                + "People's Democratic Republic", title("Trade Agreement\n\nbetween\n\nThe Government of the Kingdom of "
                + "Thailand\n\nand\n\nThe Government of the Lao People's Democratic Republic\n\nThe Government of the "
                + "Kingdom of Thailand and the Government of the\nLao People's Democratic Republic,", null).value());
    }

    @Test
    void stopsAtThePreambleOrTheDate() {
        assertEquals("AGREEMENT BETWEEN THE GOVERNMENT OF THE HASHEMITE KINGDOM OF JORDAN AND THE GOVERNMENT OF THE "
                + "REPUBLIC OF SINGAPORE ON THE ESTABLISHMENT OF A FREE TRADE AREA", title("AGREEMENT BETWEEN THE "
                + "GOVERNMENT OF THE HASHEMITE KINGDOM OF JORDAN AND THE GOVERNMENT OF THE REPUBLIC OF SINGAPORE ON THE "
                + "ESTABLISHMENT OF A FREE TRADE AREA PREAMBLE The Government of the Hashemite Kingdom", null).value());
        assertEquals("Treaty between the Government of the Republic of Honduras and the Government of the United Kingdom",
                title("Treaty between the Government of the Republic of Honduras and the Government of the United "
                        + "Kingdom 4 December 2001 The Government of the Republic of Honduras", null).value());
    }

    @Test
    void newsUsesAQuotedTitle() {
        Finding<String> f = title("BAKU, December 25, 2025 – The MoU, titled \"Memorandum of Understanding between the "
                + "Ministry of Defense of the Republic of Azerbaijan and the Ministry of National Defense of the Republic "
                + "of Türkiye on Strengthening Mutual Military Security,\" was signed in Istanbul.", "Headline");
        assertEquals("Memorandum of Understanding between the Ministry of Defense of the Republic of Azerbaijan and the "
                + "Ministry of National Defense of the Republic of Türkiye on Strengthening Mutual Military Security",
                f.value());
        assertTrue(f.evidence().confidence() >= 0.8);
    }

    @Test
    void fallsBackToTheFilesTitle() {
        Finding<String> f = title("ARTICLE 1\n\nThe Parties shall establish a free trade area.", "Turkey - Tunisia");
        assertEquals("Turkey - Tunisia", f.value());
        assertTrue(f.evidence().confidence() < 0.5);
        assertNull(title("ARTICLE 1\n\nThe Parties shall establish a free trade area.", null));
    }
}
