package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.document.DocumentText;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgreementTypeReaderTest {

    private static String type(String text, String fileTitle) {
        Analysis a = Analysis.of(new DocumentText(text, fileTitle, "x.txt", "en"));
        return new AgreementTypeReader().read(a, new TitleReader().read(a)).map(Finding::value).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Memorandum of Understanding between the Ministry of Defense of Azerbaijan and the Ministry of National Defense of Türkiye\\n\\nThe Parties, | memorandum",
            "FREE TRADE AGREEMENT\\nBETWEEN\\nTHE EFTA STATES\\nAND\\nTHE PHILIPPINES\\n\\nPREAMBLE | agreement",
            "Protocol on the privileges and immunities of the European Organization for Nuclear Research Preamble The States Parties | protocol",
            "PROTOCOL TO THE 1979 CONVENTION ON LONG-RANGE TRANSBOUNDARY AIR POLLUTION\\nThe Parties, | protocol",
            "EXCHANGE OF NOTES ACCEPTING THE PROTOCOL SIGNED AT KIGOMA. BRUSSELS, 17 MAY 1926 | exchange of notes",
            "Joint statement issued at Madrid on 19 October 1989 by the delegations | joint statement",
            "CLOSER ECONOMIC PARTNERSHIP ARRANGEMENT BETWEEN CHINA AND MACAO, CHINA\\nPREAMBLE | arrangement",
            "CONVENTION ESTABLISHING THE EUROPEAN FREE TRADE ASSOCIATION Consolidated version | convention",
            "TRATADO DE MONTEVIDEO 1980\\n\\nLos GOBIERNOS de la República Argentina | treaty",
            "ORGANIZACIÓN MUNDIAL\\n\\nTRAITÉ INSTITUANT LA COMMUNAUTÉ ÉCONOMIQUE\\n\\nLe Gouvernement | treaty",
            "ACUERDO DE ALCANCE PARCIAL ENTRE LA REPÚBLICA DE EL SALVADOR Y LA REPÚBLICA DE CUBA | agreement",
            "Declaration of Principles on Interim Self-Government Arrangements\\n\\nThe Government of | declaration",
    })
    void readsTheTypeFromTheHeading(String text, String expected) {
        assertEquals(expected, type(text.replace("\\n", "\n"), null));
    }

    @Test
    void withoutAHeadingTheTextNamesItself() {
        assertEquals("treaty", type("PREAMBLE\n\nThe Governments of the contracting States,\n\nArticle 1\n\nThis Treaty "
                + "establishes a community. The Parties to this Treaty shall cooperate. Annexes to this Treaty form "
                + "part of it. Nothing in this Agreement of 1968 shall apply.", null));
        assertEquals("protocol", type("The Republic of Finland and the Republic of Estonia,\n\nArticle 1\n\nThis Protocol "
                + "applies to trade. The Annexes to this Protocol are an integral part of it.", null));
    }

    @Test
    void theFileTitleIsAFallback() {
        assertEquals("agreement", type("ARTICLE 1\n\nThe Parties shall establish a free trade area.",
                "Canada - US Free Trade Agreement (CUSFTA)"));
    }

    @Test
    void newsTakesTheInstrumentOfTheReportedEvent() {
        assertEquals("memorandum", type("Reuters, 8 April 1987\n\nTOKYO, April 8 - Japan and Britain have signed a "
                + "memorandum on exchange of securities market information, officials said.", null));
        assertEquals("treaty", type("Reuters, 29 June 1987\n\nWASHINGTON, June 29 - The Treasury said it was terminating "
                + "the 1948 income tax treaty with the Netherlands Antilles. The agreement with Aruba stays.", null));
        assertEquals("agreement", type("Reuters, 18 June 1987\n\nMEXICO CITY, June 18 - Mexico signed a rescheduling "
                + "accord covering 120 mln dlrs in official debts to Britain.", null));
        assertEquals("memorandum", type("BAKU, December 25, 2025 – The parliament approved a draft law ratifying a "
                + "Memorandum of Understanding (MoU) with Türkiye, granting legal force to a defense agreement.", null));
    }
}
