package org.pacta.metadata.fields;

import org.junit.jupiter.api.Test;
import org.pacta.metadata.document.DocumentText;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningDateReaderTest {

    private static Optional<Finding<LocalDate>> read(String text) {
        return new SigningDateReader().read(Analysis.of(new DocumentText(text, null, "x.txt", "en")));
    }

    private static LocalDate date(String text) {
        return read(text).map(Finding::value).orElse(null);
    }

    @Test
    void prefersTheSignatureClauseOverCitedInstruments() {
        String text = """
                AGREEMENT BETWEEN JAPAN AND THE KINGDOM OF THAILAND

                Article 1
                (a) the term "GATS" means the General Agreement on Trade in Services in Annex 1B to the
                Marrakesh Agreement Establishing the World Trade Organization, done at Marrakesh, 15 April 1994;
                (b) the Convention on the Settlement of Investment Disputes, signed at Washington on March 18, 1965.

                Article 2
                This Agreement shall enter into force on 1 November 2007.

                IN WITNESS WHEREOF, the undersigned, being duly authorised by their respective Governments, have
                signed this Agreement.

                DONE at Tokyo on this third day of April 2007, in duplicate in the English language.
                """;
        Finding<LocalDate> f = read(text).orElseThrow();
        assertEquals(LocalDate.of(2007, 4, 3), f.value());
        assertTrue(f.evidence().sentence().startsWith("DONE at Tokyo"), f.evidence().sentence());
        assertEquals(f.evidence().sentence(), text.substring(f.evidence().start(), f.evidence().end()));
        assertTrue(f.evidence().confidence() >= 0.9);
    }

    @Test
    void readsSpanishAndFrenchClauses() {
        assertEquals(LocalDate.of(1980, 8, 12), date("""
                TRATADO DE MONTEVIDEO 1980

                HECHO en la ciudad de Montevideo a los doce días del mes de agosto del año mil novecientos
                ochenta, en un original en los idiomas español y portugués."""));
        assertEquals(LocalDate.of(2011, 4, 6), date("Artículo 20.\n\nSuscrito en la ciudad de Lima, Perú, el 6 de abril de 2011, en dos ejemplares."));
        assertEquals(LocalDate.of(1994, 3, 16), date("TRAITÉ\n\nEn foi de quoi, les Chefs d'Etat ont signé le présent Traité.\n\nFait à N'Djaména, le 16 Mars 1994"));
    }

    @Test
    void citationsAloneGiveNoDate() {
        assertEquals(null, date("""
                PREAMBLE
                Recalling the Trade Agreement between Norway and Estonia
                signed on 29 August 1925, in particular its Article 2,

                DONE at Tallinn .,.w............................,in two authentic copies
                """));
    }

    @Test
    void aDateSetWithTheTitleIsTheSigningDate() {
        assertEquals(LocalDate.of(2001, 12, 4), date("Treaty between the Government of the Republic of Honduras and the "
                + "Government of the United Kingdom concerning the delimitation of the maritime areas 4 December 2001 "
                + "The Government of the Republic of Honduras and the Government of the United Kingdom, Wishing to "
                + "delimit the maritime areas, have agreed as follows: Article 1 ..."));
        assertEquals(LocalDate.of(1926, 5, 17), date("EXCHANGE OF NOTES ACCEPTING THE PROTOCOL SIGNED AT KIGOMA, ON 5 AUGUST "
                + "1924, RELATIVE TO THE FRONTIER. BRUSSELS, 17 MAY 1926\nNo. 1 - The British Ambassador at Brussels\n"
                + "Brussels, 17 May 1926\nMonsieur le Ministre,"));
    }

    @Test
    void opensForSignatureBeatsAdoption() {
        assertEquals(LocalDate.of(1991, 10, 4), date("""
                PROTOCOL ON ENVIRONMENTAL PROTECTION TO THE ANTARCTIC TREATY

                Adopted at Madrid on 3 October 1991

                Article 23
                This Protocol shall be open for signature at Madrid on the 4th of October 1991 and thereafter at
                Washington until the 3rd of October 1992."""));
    }

    @Test
    void newsCountsRelativeDaysFromTheArticleDate() {
        assertEquals(LocalDate.of(1987, 2, 28), date("""
                NETHERLANDS GRANTS 47 MLN DLRS TO BANGLADESH

                Reuters, 2 March 1987

                DHAKA, March 2 - Bangladesh will receive a grant from the Netherlands under an agreement
                signed here Saturday, officials said."""));
        assertEquals(LocalDate.of(1987, 3, 26), date("""
                Reuters, 27 March 1987

                PARIS, March 27 - Nigeria and France have signed a bilateral agreement, sources said.

                The accord was signed here yesterday by the Finance Minister.

                The agreement signed on Tuesday with Britain was the first in the tour."""));
        assertEquals(LocalDate.of(1987, 3, 24), date("""
                Reuters, 27 March 1987

                PARIS, March 27 - The agreement signed on Tuesday with Britain was the first in the tour."""));
        assertEquals(LocalDate.of(1987, 2, 24), date("""
                Reuters, 2 March 1987

                WASHINGTON, March 2 - The United States and the Virgin Islands have signed a tax treaty.

                The new agreement was signed on February 24, the Treasury said."""));
    }

    @Test
    void newsWithAnExplicitDateAndNoVagueTime() {
        assertEquals(LocalDate.of(2025, 7, 22), date("""
                BAKU, December 25, 2025 – Azerbaijan's parliament approved a law ratifying a defense agreement \
                signed earlier this year. President Ilham Aliyev subsequently signed the law.
                The MoU was signed in Istanbul on July 22, 2025, by the two ministers."""));
        // "signed earlier this year" and the President signing a law give no day
        assertEquals(null, date("""
                BAKU, December 25, 2025 – Azerbaijan's parliament approved a law ratifying a defense agreement \
                signed earlier this year. President Ilham Aliyev subsequently signed the law."""));
    }

    @Test
    void aSigningReportedAsTheDaysNewsIsOfTheArticlesDay() {
        Finding<LocalDate> f = read("""
                Reuters, 24 March 1987

                LONDON, March 24 - Nigeria and Britain signed an agreement to reschedule official debts."""
        ).orElseThrow();
        assertEquals(LocalDate.of(1987, 3, 24), f.value());
        assertTrue(f.evidence().confidence() <= 0.5);
    }

    @Test
    void readsSigningsReportedInOtherLanguages() {
        assertEquals(LocalDate.of(2025, 7, 22), date("ANKARA, 25 Aralık 2025 - Savunma işbirliği memorandumu "
                + "22 Temmuz 2025 tarihinde İstanbul'da imzalandı."));
        assertEquals(LocalDate.of(2025, 7, 22), date("МОСКВА, 25 декабря 2025 - Соглашение было подписано "
                + "22 июля 2025 года в Стамбуле."));
    }

    @Test
    void futureSigningsGiveNoDate() {
        assertEquals(null, date("""
                ANKARA, 22 Temmuz 2025 - The two ministers will sign the memorandum on Tuesday.
                The agreement is yet to be signed."""));
    }
}
