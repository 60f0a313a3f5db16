package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.metadata.document.DocumentText;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signing date of agreement texts in the forms treaties write it; every text here is made up. */
class SignatureFormsTest {

    private static final String ARTICLES = """
            AGREEMENT ON TRADE IN FISH BETWEEN THE REPUBLIC OF ALPHA AND THE KINGDOM OF BETA

            The Republic of Alpha and the Kingdom of Beta, hereinafter the Parties,
            have agreed as follows:

            ARTICLE 1
            The Parties shall remove duties on fish within five years.

            ARTICLE 2
            This Agreement shall enter into force on the first day of the month following the last notification.

            """;

    private static Analysis analysis(String text) {
        return Analysis.of(new DocumentText(text, null, "x.txt", null));
    }

    private static LocalDate date(String text) {
        return new SigningDateReader().read(analysis(text)).map(Finding::value).orElse(null);
    }

    private static String place(String text) {
        return new SigningPlaceReader().read(analysis(text)).map(Finding::value).orElse(null);
    }

    // ---- header fields -----------------------------------------------------------------------------

    @Test
    void aHeaderFieldGivesTheSigningDate() {
        String text = """
                FREE TRADE AGREEMENT between the Government of Alpha and the Government of Beta

                Date of signing: September 17, 1994

                Date of ratification: October 2, 1998

                Effective date: October 19, 1998

                """ + ARTICLES + "Made at the city of Gamma in two copies, each in the Alpha and Beta languages.";
        assertEquals(LocalDate.of(1994, 9, 17), date(text));
    }

    @Test
    void theSignatureClauseOutranksTheHeaderField() {
        String text = "FREE TRADE AGREEMENT\n\nDate of signing: June 6, 2001\n\n" + ARTICLES
                + "Made at the city of Gamma on July 6, 2001 in two copies, each text being authentic.";
        assertEquals(LocalDate.of(2001, 7, 6), date(text));
    }

    @Test
    void effectiveAndRatificationDatesAreNoSigning() {
        assertNull(date("FREE TRADE AGREEMENT\n\nDate of ratification: March 19, 1999\n\n"
                + "Effective date: November 11, 2006\n\nDate of entry into force: 1 December 2006\n\n" + ARTICLES));
    }

    // ---- clause openers and dates in the title -----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Made at the city of Gamma on March 3, 2004 in two valid copies. | 2004-03-03",
            "Executed in the City of Gamma on 5 June 2012 in one counterpart. | 2012-06-05",
            "Dated at Gamma this 14th day of February 2011. | 2011-02-14",
            "DONE at Gamma on 6th December, 1948, in duplicate. | 1948-12-06",
            "Done at Gamma this third day of April two thousand and seven, in duplicate. | 2007-04-03",
            "DONE at Gamma this twenty-ninth day of June, nineteen hundred and seventy. | 1970-06-29",
            "Done in the city of Gamma “9” November2013 in a single original copy. | 2013-11-09",
    })
    void readsTheClauseThatClosesTheText(String clause, String expected) {
        assertEquals(LocalDate.parse(expected), date(ARTICLES + "IN WITNESS WHEREOF the undersigned have signed this Agreement.\n\n" + clause));
    }

    @Test
    void aPlaceAndDateInBracketsUnderTheTitle() {
        String text = """
                TREATY on the Accession of the Republic of Alpha to the Treaty on the Gamma Union dated 2 May 2010
                (Gamma, October 10, 2014)

                The Parties, guided by the Treaty on the Gamma Union dated 2 May 2010, have agreed as follows:

                ARTICLE 1
                Alpha accedes to the Treaty on the Gamma Union dated 2 May 2010.
                """;
        assertEquals(LocalDate.of(2014, 10, 10), date(text));
        assertEquals(LocalDate.of(1992, 11, 13), date("AGREEMENTBetween the Government of Alpha and the Government of "
                + "Beta on Free Trade (Gamma, November 13, 1992)\n\nThe Parties have agreed as follows:\n\nARTICLE 1\n"
                + "Done in the City of Gamma, on November 13, two originals."));
    }

    @Test
    void theTextsOwnAdoption() {
        assertEquals(LocalDate.of(1959, 6, 23), date(ARTICLES + "Original text adopted on 23 June 1959\n"
                + "Text amended on: 7 December 1959\n"));
    }

    // ---- other languages ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Fait à Paris, le 3 avril 2007, en deux exemplaires originaux. | 2007-04-03 | Paris",
            "Fait à Dakar, le premier mars deux mille sept, en deux exemplaires. | 2007-03-01 | Dakar",
            "Hecho en Lima, el tres de abril de dos mil siete, en dos ejemplares. | 2007-04-03 | Lima",
            "Hecho en la ciudad de Quito, a los 3 días del mes de abril de 2007. | 2007-04-03 | Quito",
            "Geschehen zu Berlin am 3. April 2007 in zwei Urschriften. | 2007-04-03 | Berlin",
            "Feito em Lisboa, aos 3 dias do mês de abril de 2007, em dois exemplares. | 2007-04-03 | Lisbon",
            "Совершено в Москве 3 апреля 2007 года в двух экземплярах. | 2007-04-03 | ",
            "İşbu Anlaşma 3 Nisan 2007 tarihinde Ankara'da iki asıl nüsha olarak imzalanmıştır. | 2007-04-03 | Ankara",
    })
    void readsDoneAtPhrasesInOtherLanguages(String clause, String expected, String city) {
        String text = ARTICLES + clause;
        assertEquals(LocalDate.parse(expected), date(text));
        if (city != null) {
            assertEquals(city, place(text));
        }
    }

    @Test
    void aSpanishWitnessSentenceWithItsVerb() {
        assertEquals(LocalDate.of(2011, 11, 22), date(ARTICLES + "EN FE DE LO CUAL, los infrascritos, debidamente "
                + "autorizados, firman el presente Acuerdo en Gamma, el veintidós de noviembre de dos mil once."));
    }

    @Test
    void witnessSentencesWithTheirVerbInSpanishAndPortuguese() {
        assertEquals(LocalDate.of(2009, 8, 12), date(ARTICLES + "EN TESTIMONIO DE LO CUAL, los Plenipotenciarios "
                + "firman el presente Convenio en Gamma, a los doce días del mes de agosto de dos mil nueve."));
        assertEquals(LocalDate.of(2008, 9, 23), date(ARTICLES + "EM TESTEMUNHO DO QUE, os Plenipotenciários "
                + "assinam o presente Acordo em Gamma, aos vinte e três dias do mês de setembro de dois mil e oito."));
        // the same verbs in an article are no signing of this text
        assertNull(date(ARTICLES + "ARTICLE 3\nLos Estados firman los protocolos en Gamma el 1 de enero de 2000.\nARTICLE 4\nLas Partes cooperan."));
    }

    @Test
    void aFrenchWitnessSentenceWithItsDate() {
        assertEquals(LocalDate.of(2003, 1, 29), date(ARTICLES + "En foi de quoi, ont apposé leur signature au bas du "
                + "présent Accord, le 29 janvier 2003.\n\nPour la République d'Alpha"));
    }

    @Test
    void languageVersionsRunOnAfterASlash() {
        assertEquals(LocalDate.of(1991, 12, 16), date(ARTICLES + "Udfærdiget i Gamma, den sekstende december nitten "
                + "hundrede og enoghalvfems./Done at Gamma on the sixteenth day of December in the year one thousand "
                + "nine hundred and ninety-one./Fatto a Gamma, addì sedici dicembre millenovecentonovantuno."));
    }

    // ---- one date per signatory --------------------------------------------------------------------

    @Test
    void theLastSignatoryDatesTheAgreementAndEachSigningIsKept() {
        String text = ARTICLES + """
                IN WITNESS WHEREOF the undersigned have signed this Agreement.

                For the Republic of Alpha
                (signature)
                Date: 12.3.2003

                For the Kingdom of Beta
                (signature)
                Date: 20.3.2003
                """;
        assertEquals(LocalDate.of(2003, 3, 20), date(text));
        List<Finding<LocalDate>> signings = new SigningDateReader().signings(analysis(text));
        assertEquals(List.of(LocalDate.of(2003, 3, 12), LocalDate.of(2003, 3, 20)),
                signings.stream().map(Finding::value).toList());
        assertTrue(signings.get(0).evidence().sentence().contains("12.3.2003"), signings.get(0).evidence().sentence());
    }

    @Test
    void signaturesInTwoCapitalsOnTwoDays() {
        String text = ARTICLES + """
                IN WITNESS WHEREOF the undersigned have signed this Agreement.

                Signed at Delta on 5 May 2003 in two originals.
                For the Republic of Alpha

                Signed at Gamma on 3 May 2003 in two originals.
                For the Kingdom of Beta
                """;
        assertEquals(LocalDate.of(2003, 5, 5), date(text));
        assertEquals("Delta", place(text));
        assertEquals(2, new SigningDateReader().signings(analysis(text)).size());
    }

    @Test
    void theSameSigningInSeveralLanguagesCountsOnce() {
        String text = ARTICLES + """
                Done at Gamma on 3 April 2007.
                Fait à Gamma, le 3 avril 2007.
                Hecho en Gamma, el 3 de abril de 2007.
                """;
        assertEquals(LocalDate.of(2007, 4, 3), date(text));
        assertEquals(1, new SigningDateReader().signings(analysis(text)).size());
    }

    // ---- dates of other instruments ----------------------------------------------------------------

    @Test
    void datesOfOtherInstrumentsAreNoSigning() {
        assertNull(date("""
                TREATY on the Accession of Alpha to the Treaty on the Gamma Unionfrom 29 May 2014
                The Parties, recalling the Agreement of 29 May 2014 and the Protocol signed at Gamma on 3 June 2014,
                have agreed as follows:

                ARTICLE 1
                This Treaty shall enter into force on 1 January 2015. The Agreement was ratified on 5 May 2015.
                """));
        assertNull(date(ARTICLES + "Executed contracts shall remain valid until 31 December 2005.\n"
                + "Made payments shall be refunded on 1 March 2006."));
        assertNull(date(ARTICLES + """
                Law on the Ratification of the Free Trade Agreement
                The Parliament has resolved: to ratify the Free Trade Agreement made at the city of Gamma on November 13, 2003.
                """));
    }
}
