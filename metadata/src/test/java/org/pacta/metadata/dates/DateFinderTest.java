package org.pacta.metadata.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pacta.metadata.text.Tokenizer;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static List<DateMention> find(String text) {
        return new DateFinder().find(DateLexicon.get().splitGlued(Tokenizer.tokenize(text)));
    }

    private static LocalDate firstComplete(String text) {
        return find(text).stream().filter(DateMention::complete).map(DateMention::date).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "signed on 22 July 2025 | 2025-07-22",
            "Done at Brussels, 29 June 1970 | 1970-06-29",
            "Done at Tokyo on the third day of April in the year two thousand and seven | 2007-04-03",
            "DONE at Tokyo on this third day of April 2007, in duplicate | 2007-04-03",
            "this 28th day of January, 1992 in a single copy | 1992-01-28",
            "on the fourth day of July in the year one thousand nine hundred and seventy-three. | 1973-07-04",
            "this thirty-first day of August, One thousand nine hundred and sixty-five | 1965-08-31",
            "on this fifth day of December in the year one thousand, nine hundred and seventy | 1970-12-05",
            "this ELEVENTH day of APRIL One Thousand Nine Hundred Ninety Three | 1993-04-11",
            "on the twenty-ninth day of June, one thousand nine hundred and\\n\\nseventy. | 1970-06-29",
            "shall be open for signature at Madrid on the 4th of October 1991 | 1991-10-04",
            "DONE in Tunis, on November 25th, 2004, in two originals | 2004-11-25",
            "was signed on July 22, 2025, in Istanbul | 2025-07-22",
            "Done at Yalta on 21L July 2002 in a single original | 2002-07-21",
            "a los doce días del mes de agosto del año mil novecientos ochenta | 1980-08-12",
            "Firmado en San Salvador, el día diecinueve del mes de septiembre de dos mil once | 2011-09-19",
            "Suscrito en la ciudad de Lima, Perú, el 6 de abril de 2011 | 2011-04-06",
            "Hecho en Madrid el primero de marzo de mil novecientos noventa y nueve | 1999-03-01",
            "Fait à N'Djaména, le 16 Mars 1994 | 1994-03-16",
            "Fait à Paris, le seize mars mil neuf cent quatre-vingt-quatorze | 1994-03-16",
            "le 1er janvier 2020 | 2020-01-01",
            "unterzeichnet am 22. Juli 2025 in Istanbul | 2025-07-22",
            "22 Temmuz 2025 tarihinde İstanbul'da imzalandı | 2025-07-22",
            "Memorandum 22 iyul 2025-ci ildə İstanbulda imzalanıb | 2025-07-22",
            "меморандум подписан 22 июля 2025 г. в Стамбуле | 2025-07-22",
            "date 2025-12-16 BAKU | 2025-12-16",
            "dated 22.07.2025 | 2025-07-22",
            "dated 22/07/2025 | 2025-07-22",
            "this twentieth day of June in the Two thousand Five hundred and thirty fourth year of the Buddhist Era | 1991-06-20",
            "On This The Sixth Day Of the Year Two Thousand Four, In Nine Originals | 2004-01-06",
            "Done in New Delhi on the twenty-third day of December, one thousandnine hundred and sixty-seven | 1967-12-23",
            "DONE at Lima, inEnglishand Spanish, this 29thdayofMay, 2008. | 2008-05-29",
            "DONE at Mexico City, on this seventeenth day ofSeptember, 2004, in duplicate. | 2004-09-17",
            "DONE at Helsinki on this ninth day of September, 2006in duplicate | 2006-09-09",
    })
    void readsTreatyAndNewsDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), firstComplete(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // ordinals
            "concluded at Harare on 6th December, 1948. | 1948-12-06",
            "signed on the 2nd of March, 1961 | 1961-03-02",
            "Signed at Oslo on March 21st 2011 | 2011-03-21",
            // English words
            "Done at Accra this third day of April two thousand and seven. | 2007-04-03",
            "done this twenty-ninth day of June, nineteen hundred and seventy | 1970-06-29",
            "on the thirty-first day of May in the year two thousand and twelve | 2012-05-31",
            // French
            "Fait à Dakar, le premier mars deux mille sept, en deux exemplaires | 2007-03-01",
            "Fait à Genève le vingt et un juin mil neuf cent quatre-vingt-dix-huit | 1998-06-21",
            "Fait à Tunis, le 3 avril 2007 | 2007-04-03",
            // Spanish
            "Hecho en Quito, el tres de abril de dos mil siete, en dos ejemplares | 2007-04-03",
            "a los 3 días del mes de abril de 2007 | 2007-04-03",
            "a los veintiún días del mes de mayo del año dos mil diez | 2010-05-21",
            // Portuguese
            "Feito em Maputo, aos 3 dias do mês de abril de 2007 | 2007-04-03",
            "aos vinte e três dias do mês de setembro de dois mil e oito | 2008-09-23",
            "Feito em Luanda, em 14 de janeiro de 2009 | 2009-01-14",
            // German, Russian, Turkish
            "Geschehen zu Wien am 3. April 2007 in zwei Urschriften | 2007-04-03",
            "Совершено в г. Минске 3 апреля 2007 года в двух экземплярах | 2007-04-03",
            "Совершено в г. Астане «15» октября 2012 г. | 2012-10-15",
            "3 Nisan 2007 tarihinde Ankara'da iki asıl nüsha olarak imzalanmıştır | 2007-04-03",
            // a day in quotes, a year glued to its month
            "Done in the city of Tbilisi “9” November2013 in a single copy | 2013-11-09",
    })
    void readsSignatureDatesInEveryCommonForm(String text, String expected) {
        assertEquals(LocalDate.parse(expected), firstComplete(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "paragraph 3 may be amended by the Parties",
            "Article 5 of the Agreement",
            "as set out in section 1.2.3.4 of Annex 3",
            "the goods listed 10 days ago",
            "DONE at ----day of-----two thousand and four in duplicate",
            "Done at Torshavn, this … day of November 1997, in three originals",
            "at , this __day of __, 198 _.",
            "Done at Blantyre this 1/4...day of ................., 2001",
    })
    void findsNoCompleteDateWhereThereIsNone(String text) {
        assertNull(firstComplete(text), text);
    }

    @Test
    void ordinaryWordsAreNotSplit() {
        List<org.pacta.metadata.text.Token> t = DateLexicon.get().splitGlued(Tokenizer.tokenize("often decent theyear"));
        assertEquals(List.of("often", "decent", "the", "year"), t.stream().map(org.pacta.metadata.text.Token::text).toList());
    }

    @Test
    void aDatelineMonthAndDayHasNoYear() {
        DateMention m = find("WASHINGTON, March 2 - The Treasury said").get(0);
        assertTrue(m.monthDay());
        assertFalse(m.complete());
        assertEquals(3, m.month());
        assertEquals(2, m.day());
    }

    @Test
    void offsetsPointAtTheDate() {
        String text = "It was signed on 22 July 2025 in Istanbul.";
        DateMention m = find(text).get(0);
        assertEquals("22 July 2025", text.substring(m.start(), m.end()));
    }
}
