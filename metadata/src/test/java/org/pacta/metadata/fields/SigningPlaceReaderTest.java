package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.document.DocumentText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningPlaceReaderTest {

    private static String place(String text) {
        return new SigningPlaceReader().read(Analysis.of(new DocumentText(text, null, "x.txt", "en")))
                .map(Finding::value).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "IN WITNESS WHEREOF the undersigned have signed this Agreement.\\nDONE at Tokyo on this third day of April 2007. | Tokyo",
            "Article 9\\n\\nDone in duplicate at Port Moresby this 6th day of November, One thousand nine hundred and seventy-six. | Port Moresby",
            "Article 9\\n\\nDONE at Washington, D.C., this fourteenth day of September, 2004 | Washington",
            "Article 9\\n\\nDone in the City of Ashgabat, on October 3, 1995 in two originals | Ashgabat",
            "Article 9\\n\\nDone at DHAKA this ELEVENTH day of APRIL One Thousand Nine Hundred Ninety Three | Dhaka",
            "Article 9\\n\\nDONE at Kuala Lumpur, Malaysia, on this twenty fourth day of August 2006 | Kuala Lumpur",
            "Article 9\\n\\nDONE at Gothenburg (Sweden), this thirtieth day of November one thousand nine hundred and ninety-nine. | Gothenburg",
            "Artículo 9\\n\\nHECHO en la ciudad de Montevideo a los doce días del mes de agosto del año mil novecientos ochenta | Montevideo",
            "Artículo 9\\n\\nFirmado en San Salvador, el día diecinueve del mes de septiembre de dos mil once | San Salvador",
            "Article 9\\n\\nFait à N'Djaména, le 16 Mars 1994 | N'Djaména",
            "Article 9\\n\\nSigned in duplicate in Macao, this 17th day of October, 2003 in the Chinese language. | Macao",
            "Article 9\\n\\nDONE at Tallinn .,.w............................,in two authentic copies | Tallinn",
            "MEMORANDUM OF UNDERSTANDING\\n\\nOpened for signature at Manila on this Twelfth day of February 2010 | Manila",
    })
    void readsThePlaceOfTheSignatureClause(String text, String expected) {
        assertEquals(expected, place(text.replace("\\n", "\n")));
    }

    @Test
    void aBlankClauseHasNoPlace() {
        assertNull(place("Article 9\n\nDONE in duplicate, in the English and French languages, each language version "
                + "being equally authentic, at , this __day of __, 198 _."));
        assertNull(place("Article 9\n\nDONE at ----day of-----two thousand and four in duplicate copies in the Turkish, "
                + "Arabic and English languages"));
    }

    @Test
    void citedSigningsAreNotTheSigningPlace() {
        assertNull(place("""
                Recalling the Marrakesh Agreement Establishing the World Trade Organization, done at Marrakesh,
                15 April 1994, and the Declaration signed by the EFTA States in Geneva on 10 December 1991,
                Have agreed as follows:"""));
    }

    @Test
    void newsPlaceIsTheSigningsNotTheDatelines() {
        assertEquals("Brussels", place("""
                Reuters, 18 June 1987

                BELGRADE, June 18 - Yugoslavia has signed up for a loan from the European Community.

                It said the agreement, which has yet to be ratified, was signed last night in Brussels."""));
        assertEquals("New Delhi", place("""
                Reuters, 14 March 1987

                NEW DELHI, March 14 - India will get grants from Britain under an agreement signed here yesterday."""));
        assertEquals("Istanbul", place("""
                BAKU, December 25, 2025 – The MoU was signed in Istanbul on July 22, 2025, by the two ministers."""));
        // signed on another day: the dateline says nothing about where
        assertNull(place("""
                Reuters, 2 March 1987

                WASHINGTON, March 2 - The new agreement was signed on February 24, the Treasury said."""));
    }

    @Test
    void theDatelineCityOfTheDaysSigningIsAWeakGuess() {
        Finding<String> f = new SigningPlaceReader().read(Analysis.of(new DocumentText("""
                Reuters, 13 April 1987

                PEKING, April 13 - China and Portugal signed an agreement to return Macao to China.""",
                null, "x.txt", "en"))).orElseThrow();
        assertEquals("Beijing", f.value());
        assertTrue(f.evidence().confidence() < 0.5);
    }
}
