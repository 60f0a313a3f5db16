package org.pacta.metadata.dates;

import org.pacta.metadata.text.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the dates written in a text, in the forms treaties and news use, in English, Spanish,
 * French, German, Portuguese, Turkish, Azerbaijani and Russian:
 * <ul>
 *   <li>day first: "22 July 2025", "6 de abril de 2011", "22. Juli 2025", "22 июля 2025", "the 4th of
 *       October 1991", "this 28th day of January, 1992", "the fourth day of July in the year one thousand
 *       nine hundred and seventy-three", "a los doce días del mes de agosto del año mil novecientos ochenta",
 *       "aos três dias do mês de abril de dois mil e sete", «10» октября 2014 г. (a day in quotes);</li>
 *   <li>month first: "July 22, 2025", "November 25th, 2004", "March 2" (no year);</li>
 *   <li>numeric: "2025-07-22", "22.07.2025", "22/07/2025" (day first);</li>
 *   <li>"the Sixth Day of the Year Two Thousand Four" (a day of the year);</li>
 *   <li>Buddhist-era years ("the Two thousand Five hundred and thirty fourth year" = 1991).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DateFinder {

    /** Words allowed between a day and its month: "28th day of", "doce días del mes de", "4th of". */
    private static final Set<String> DAY_MONTH_FILLERS = Set.of("day", "days", "dia", "dias", "jour", "of", "the",
            "month", "de", "del", "do", "mes", "du", "mois", "-", "th", "st", "nd", "rd", "er");
    /** Words allowed between a month and its year: ", in the year", "del año", "de l'an". */
    private static final Set<String> MONTH_YEAR_FILLERS = Set.of(",", ".", "of", "in", "the", "year", "de", "del",
            "do", "ano", "an", "l", "l'an", "en", "el", "theyear", "inthe", "-", "'", "yil", "il");
    /** Quotation marks a day may stand in: «10» октября, “23” December. */
    private static final Set<String> QUOTES = Set.of("«", "»", "“", "”", "„", "\"", "‘", "’", "'");
    /** Suffixes allowed on a day number: "28th", "1er", "1º", and one stray OCR letter ("21L"). */
    private static final Set<String> DAY_SUFFIXES = Set.of("", "st", "nd", "rd", "th", "er", "re", "e", "eme", "o",
            "a", "º", "ª", "d", "h");

    public List<DateMention> find(List<Token> tokens) {
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            DateMention m = at(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The date starting at token {@code i}, or null. */
    DateMention at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            DateMention m = numeric(tokens, i);
            if (m != null) {
                return m;
            }
        }
        DateMention m = dayFirst(tokens, i);
        if (m != null) {
            return m;
        }
        return monthFirst(tokens, i);
    }

    // ---- day first ---------------------------------------------------------------------------------

    private DateMention dayFirst(List<Token> tokens, int i) {
        int[] day = day(tokens, i);
        if (day == null) {
            return null;
        }
        int j = day[1];
        int fillers = 0;
        boolean sawDayWord = false;
        boolean sawOf = false;
        while (j < tokens.size() && fillers < 6 && DAY_MONTH_FILLERS.contains(tokens.get(j).norm())
                && DateLexicon.get().month(tokens.get(j).norm()) == 0) {
            String f = tokens.get(j).norm();
            sawDayWord |= f.startsWith("d") && (f.equals("day") || f.equals("days") || f.startsWith("dia")) || f.equals("jour");
            sawOf |= f.equals("of") || f.equals("de") || f.equals("del") || f.equals("du");
            j++;
            fillers++;
        }
        if (j >= tokens.size()) {
            return null;
        }
        int month = DateLexicon.get().month(tokens.get(j).norm());
        if (month == 0) {
            // "the Sixth Day Of the Year Two Thousand Four": no month, a day of the year
            if (sawDayWord && j > 0 && tokens.get(j - 1).is("the") && tokens.get(j).is("year")) {
                int[] year = year(tokens, j + 1);
                if (year != null && day[0] <= 366) {
                    try {
                        LocalDate d = LocalDate.ofYearDay(year[0], day[0]);
                        return mention(tokens, i, year[1], d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                    } catch (DateTimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }
        if (day[0] > 31) {
            return null;
        }
        Token monthToken = tokens.get(j);
        int afterMonth = j + 1;
        if (afterMonth < tokens.size() && tokens.get(afterMonth).is(".") && monthToken.norm().length() <= 4) {
            afterMonth++; // "Sept."
        }
        int k = afterMonth;
        int f = 0;
        while (k < tokens.size() && f < 5 && MONTH_YEAR_FILLERS.contains(tokens.get(k).norm())) {
            k++;
            f++;
        }
        int[] year = k < tokens.size() ? year(tokens, k) : null;
        if (year != null && tokens.get(k).isNumber() && f > 0 && !fillersAllowDigits(tokens, afterMonth, k)) {
            year = null;
        }
        if (year != null) {
            return mention(tokens, i, year[1], year[0], month, day[0]);
        }
        // no year: "2 March", "16 de marzo"; a capitalised month or an "of"/"de" keeps "paragraph 3 may" out
        if (!monthToken.capitalized() && !sawOf && !isNonLatin(monthToken)) {
            return null;
        }
        return mention(tokens, i, afterMonth, null, month, day[0]);
    }

    /** Between a month and a year written in digits, only light punctuation and "of/de/del" may stand. */
    private static boolean fillersAllowDigits(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String n = tokens.get(k).norm();
            if (!(n.equals(",") || n.equals(".") || n.equals("de") || n.equals("del") || n.equals("do") || n.equals("of")
                    || n.equals("in") || n.equals("the") || n.equals("year") || n.equals("theyear") || n.equals("inthe")
                    || n.equals("ano") || n.equals("el") || n.equals("en"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A day: digits 1–31 (optionally "28th", "1er", "22.", «10»), or number words (also up to 366 for
     * days of the year).
     */
    private int[] day(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isPunct() && i + 2 < tokens.size() && tokens.get(i + 1).isNumber() && QUOTES.contains(t.text())
                && QUOTES.contains(tokens.get(i + 2).text())) {
            int[] quoted = day(tokens, i + 1);
            return quoted == null || quoted[1] != i + 2 ? null : new int[]{quoted[0], i + 3};
        }
        if (t.isNumber()) {
            if (t.digitCount() > 3 || !DAY_SUFFIXES.contains(t.numberSuffix()) && t.numberSuffix().length() != 1) {
                return null;
            }
            int v = t.digitValue();
            if (v < 1 || v > 366) {
                return null;
            }
            if (i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(",") || tokens.get(i - 1).is("/"))
                    && i > 1 && tokens.get(i - 2).isNumber() && tokens.get(i - 2).end() == tokens.get(i - 1).start()
                    && tokens.get(i - 1).end() == t.start()) {
                return null; // "1.22" or "3,22": part of a bigger number
            }
            int next = i + 1;
            if (next < tokens.size() && tokens.get(next).is(".") && tokens.get(next).start() == t.end()) {
                next++; // German "22. Juli"
            }
            return new int[]{v, next};
        }
        if (t.isWord()) {
            NumberWords.Read r = NumberWords.read(tokens, i);
            if (r == null || r.hasMultiplier() || r.value() < 1) {
                return null;
            }
            return new int[]{r.value(), r.to()};
        }
        return null;
    }

    /** A year: four digits (1000–2999) or number words of a thousand or more; Buddhist-era years become CE. */
    private int[] year(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int value;
        int end;
        if (t.isNumber()) {
            if (t.digitCount() != 4 || !t.numberSuffix().isEmpty() && !t.numberSuffix().equals("h")) {
                return null;
            }
            value = t.digitValue();
            end = k + 1;
            if (end < tokens.size() && tokens.get(end).isNumber() && tokens.get(end).start() == t.end()) {
                return null;
            }
        } else {
            NumberWords.Read r = NumberWords.read(tokens, k);
            if (r == null || r.value() < 1000) {
                return null;
            }
            value = r.value();
            end = r.to();
            if (end < tokens.size() && tokens.get(end).is("year")) {
                end++; // "the Two thousand ... thirty fourth year"
            }
        }
        if (value >= 2400 && value <= 2700) {
            value -= 543; // Buddhist era (Thailand, Laos, Cambodia...)
        }
        if (value < 1000 || value > 2999) {
            return null;
        }
        return new int[]{value, end};
    }

    // ---- month first -------------------------------------------------------------------------------

    private DateMention monthFirst(List<Token> tokens, int i) {
        Token m = tokens.get(i);
        if (!m.isWord()) {
            return null;
        }
        int month = DateLexicon.get().month(m.norm());
        if (month == 0 || !m.capitalized() && !isNonLatin(m)) {
            return null;
        }
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).is(".") && m.norm().length() <= 4) {
            j++;
        }
        if (j >= tokens.size() || !tokens.get(j).isNumber()) {
            return null;
        }
        Token d = tokens.get(j);
        if (d.digitCount() > 2 || !DAY_SUFFIXES.contains(d.numberSuffix())) {
            return null;
        }
        int day = d.digitValue();
        if (day < 1 || day > 31) {
            return null;
        }
        int k = j + 1;
        if (k < tokens.size() && (tokens.get(k).is(":") || tokens.get(k).is("."))
                && k + 1 < tokens.size() && tokens.get(k + 1).isNumber() && tokens.get(k + 1).start() == tokens.get(k).end()) {
            return null; // a time or a decimal
        }
        int y = k;
        if (y < tokens.size() && tokens.get(y).is(",")) {
            y++;
        }
        int[] year = y < tokens.size() ? year(tokens, y) : null;
        if (year != null && tokens.get(y).isNumber()) {
            return mention(tokens, i, year[1], year[0], month, day);
        }
        return mention(tokens, i, k, null, month, day);
    }

    // ---- numeric -----------------------------------------------------------------------------------

    private DateMention numeric(List<Token> tokens, int i) {
        if (i + 4 >= tokens.size()) {
            return null;
        }
        Token a = tokens.get(i);
        Token s1 = tokens.get(i + 1);
        Token b = tokens.get(i + 2);
        Token s2 = tokens.get(i + 3);
        Token c = tokens.get(i + 4);
        if (!b.isNumber() || !c.isNumber() || !s1.isPunct() || !s1.norm().equals(s2.norm())
                || !a.numberSuffix().isEmpty() || !b.numberSuffix().isEmpty() || !c.numberSuffix().isEmpty()) {
            return null;
        }
        if (s1.start() != a.end() || b.start() != s1.end() || s2.start() != b.end() || c.start() != s2.end()) {
            return null; // must be written without spaces
        }
        String sep = s1.norm();
        if (i + 5 < tokens.size() && tokens.get(i + 5).norm().equals(sep) && tokens.get(i + 5).start() == c.end()
                && i + 6 < tokens.size() && tokens.get(i + 6).isNumber() && tokens.get(i + 6).start() == tokens.get(i + 5).end()) {
            return null; // "1.2.3.4": a section number
        }
        if (sep.equals("-") && a.digitCount() == 4 && b.digitCount() <= 2 && c.digitCount() <= 2) {
            return valid(tokens, i, i + 5, a.digitValue(), b.digitValue(), c.digitValue());
        }
        if ((sep.equals(".") || sep.equals("/")) && a.digitCount() <= 2 && b.digitCount() <= 2 && c.digitCount() == 4) {
            return valid(tokens, i, i + 5, c.digitValue(), b.digitValue(), a.digitValue());
        }
        return null;
    }

    private static DateMention valid(List<Token> tokens, int from, int to, int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
        return mention(tokens, from, to, y, m, d);
    }

    private static DateMention mention(List<Token> tokens, int from, int to, Integer y, Integer m, Integer d) {
        return new DateMention(y, m, d, tokens.get(from).start(), tokens.get(to - 1).end(), from, to);
    }

    private static boolean isNonLatin(Token t) {
        int c = t.text().codePointAt(0);
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s != Character.UnicodeScript.LATIN;
    }
}
