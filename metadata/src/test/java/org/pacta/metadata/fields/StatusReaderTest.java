package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.document.DocumentText;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusReaderTest {

    private static String status(String text) {
        return new StatusReader().read(Analysis.of(new DocumentText(text, null, "x.txt", "en")))
                .map(Finding::value).orElse(null);
    }

    private static String news(String body) {
        return status("Reuters, 2 March 1987\n\nLONDON, March 2 - " + body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Japan and Britain have signed a memorandum on securities information. | signed",
            "The two ministers will sign the agreement next week. | negotiating",
            "The agreement is to be signed in Istanbul. | negotiating",
            "The treaty has yet to be signed by Britain. | negotiating",
            "The negotiators initialled the draft agreement in Geneva. | initialled",
            "The draft law on the approval of the memorandum was put to a vote and adopted in the first reading. | approved in first reading",
            "The parliament approved a draft law ratifying the Memorandum of Understanding. | ratified",
            "The treaty entered into force on 1 March. | in force",
            "The Treasury said it was terminating the 1948 income tax treaty. | terminated",
            "The United States withdrew from the treaty in 2019. | withdrawn",
            "A new International Natural Rubber Agreement was formally adopted by a United Nations Conference today. | adopted",
            "The agreement, which has yet to be ratified by the 12 EC countries, was signed last night in Brussels. | signed",
            "The pact will enter into force when ratified by countries accounting for 75 pct of exports. Delegates adopted the pact. | adopted",
            "Japan will ratify the 1986 International Cocoa Agreement, with effect from July 1. | ratified",
            "The agreement was signed in March. Officials said immunity survives the termination of their mission. | signed",
    })
    void newsVerbsDriveTheStatus(String body, String expected) {
        assertEquals(expected, news(body));
    }

    @Test
    void readsSomeOtherLanguages() {
        assertEquals("ratified", status("BAKU, 25 dekabr 2025 - Milli Məclis memorandumun ratifikasiyası haqqında qanunu qəbul etdi."));
        assertEquals("in force", status("MADRID, 3 de marzo de 2025 - El acuerdo entró en vigor ayer."));
        assertEquals("signed", status("ANKARA, 22 Temmuz 2025 - Anlaşma İstanbul'da imzalandı."));
    }

    @Test
    void aTreatyWithASignatureClauseIsSigned() {
        assertEquals("signed", status("Article 12\n\nIN WITNESS WHEREOF the undersigned have signed this Agreement.\n\n"
                + "DONE at Tokyo on this third day of April 2007."));
        assertEquals(null, status("Article 1\n\nThe Parties shall establish a free trade area."));
    }
}
