package org.pacta.metadata.dates;

import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.PhraseTable;
import org.pacta.metadata.text.TsvRows;
import org.pacta.metadata.text.Token;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names (from java.time's CLDR data, in English, Spanish, French, German,
 * Turkish, Azerbaijani, Russian and Portuguese), number words and relative day words (small data files
 * for what java.time lacks). Immutable and thread-safe; {@link #get()} is shared.
 */
public final class DateLexicon {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH,
            Locale.GERMAN, Locale.forLanguageTag("tr"), Locale.forLanguageTag("az"), Locale.forLanguageTag("ru"));
    /** Languages whose full month names only are read (Portuguese "set." and "out." are English words), and weekdays. */
    static final List<Locale> FULL_NAMES_ONLY = List.of(Locale.forLanguageTag("pt"));

    /** A number word: its value and whether it is an ordinal ("fourth") or a multiplier ("hundred"). */
    public record NumberWord(int value, boolean ordinal, boolean multiplier) {
    }

    private static final java.util.Set<String> GLUE_WORDS = java.util.Set.of("of", "the", "in", "day", "days", "year",
            "this", "on", "and", "de", "del", "mes", "ano", "at");

    private static final DateLexicon INSTANCE = new DateLexicon();

    private final Map<String, Integer> months = new HashMap<>();
    private final PhraseTable<DayOfWeek> weekdays = new PhraseTable<>();
    private final Map<String, NumberWord> numbers = new HashMap<>();
    private final PhraseTable<Integer> relativeDays = new PhraseTable<>();
    private final PieceTrie pieceTrie = new PieceTrie();

    private DateLexicon() {
        for (Locale locale : LOCALES) {
            addMonthNames(locale, TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                    TextStyle.SHORT_STANDALONE);
            addWeekdays(locale);
        }
        for (Locale locale : FULL_NAMES_ONLY) {
            addMonthNames(locale, TextStyle.FULL, TextStyle.FULL_STANDALONE);
            addWeekdays(locale);
        }
        months.putIfAbsent("sept", 9);
        months.remove("ago"); // Spanish "ago." (agosto) is an English word
        readTsv("number-words.tsv", cols -> numbers.put(cols[0], new NumberWord(Integer.parseInt(cols[1]),
                cols[2].equals("ord"), cols[2].equals("mul"))));
        readTsv("relative-days.tsv", cols -> relativeDays.put(cols[0], Integer.parseInt(cols[1])));
        java.util.stream.Stream.of(GLUE_WORDS, months.keySet(), numbers.keySet()).flatMap(java.util.Set::stream)
                .forEach(pieceTrie::add);
    }

    private void addWeekdays(Locale locale) {
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.put(d.getDisplayName(TextStyle.FULL, locale), d);
            weekdays.put(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), d);
        }
    }

    private void addMonthNames(Locale locale, TextStyle... styles) {
        for (Month m : Month.values()) {
            for (TextStyle style : styles) {
                String name = Fold.fold(m.getDisplayName(style, locale)).replace(".", "").trim();
                if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
                    months.putIfAbsent(name, m.getValue());
                }
            }
        }
    }

    /**
     * Splits words that OCR or PDF extraction glued together when they are made of date words only
     * ("thousandnine", "ofSeptember", "dayofMay", "theyear"), so that dates written with them are
     * read. A piece must be a month, a number word or a connecting word, and there must be a month,
     * "day", "year" or two number words among them, so that ordinary words stay whole ("often" =
     * of+ten, "decent" = de+cent).
     */
    public List<Token> splitGlued(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<String> pieces = null;
            if (t.isWord() && t.norm().length() >= 5 && t.norm().length() == t.text().length()
                    && month(t.norm()) == 0 && number(t.norm()) == null) {
                pieces = segment(t.norm());
                if (pieces != null && isDayWord(tokens, i)) {
                    pieces = null;
                }
            }
            if (pieces == null) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(tokens.subList(0, i));
            }
            int at = t.start();
            for (int p = 0; p < pieces.size(); p++) {
                String piece = pieces.get(p);
                String written = t.text().substring(at - t.start(), at - t.start() + piece.length());
                out.add(new Token(written, piece, at, at + piece.length(), Token.Kind.WORD, p == 0 ? t.breakBefore() : 0));
                at += piece.length();
            }
        }
        return out == null ? tokens : out;
    }

    /** A relative day or weekday word of its own ("ontem" is no "on" + "Tem"). */
    private boolean isDayWord(List<Token> tokens, int i) {
        return relativeDays.at(tokens, i) != null || weekdays.at(tokens, i) != null;
    }

    /** The fewest date words that make up {@code folded}, or null. */
    List<String> segment(String folded) {
        int n = folded.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Integer.MAX_VALUE) {
                continue;
            }
            // walk the pieces that start here, letter by letter: no substrings for words that are no date
            PieceTrie node = pieceTrie;
            for (int end = start + 1; end <= Math.min(n, start + MAX_PIECE) && node != null; end++) {
                node = node.next(folded.charAt(end - 1));
                if (node != null && node.piece && end - start >= 2 && best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) {
            return null;
        }
        List<String> pieces = new java.util.ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.add(0, folded.substring(from[end], end));
        }
        boolean anchored = pieces.stream().anyMatch(p -> month(p) != 0 || p.startsWith("day") || p.equals("year"))
                || pieces.stream().filter(p -> number(p) != null).count() >= 2;
        return anchored ? pieces : null;
    }

    private static final int MAX_PIECE = 12;

    /** The words glued dates are made of, as a tree of letters. */
    private static final class PieceTrie {
        private final Map<Character, PieceTrie> next = new HashMap<>();
        private boolean piece;

        void add(String word) {
            PieceTrie node = this;
            for (int i = 0; i < word.length(); i++) {
                node = node.next.computeIfAbsent(word.charAt(i), c -> new PieceTrie());
            }
            node.piece = true;
        }

        PieceTrie next(char c) {
            return next.get(c);
        }
    }

    public static DateLexicon get() {
        return INSTANCE;
    }

    /** The month (1–12) a folded word names, or 0. */
    public int month(String folded) {
        Integer m = months.get(folded);
        return m == null ? 0 : m;
    }

    public NumberWord number(String folded) {
        return numbers.get(folded);
    }

    /**
     * The weekday named by the tokens at {@code i} (one or more words, e.g. "çərşənbə axşamı",
     * "segunda-feira"), with the number of tokens used, or null.
     */
    public Match<DayOfWeek> weekday(List<Token> tokens, int i) {
        return longest(tokens, i, weekdays);
    }

    /** A relative day phrase at {@code i} ("yesterday", "last week", "avant-hier") as a day offset, or null. */
    public Match<Integer> relativeDay(List<Token> tokens, int i) {
        return longest(tokens, i, relativeDays);
    }

    /** What a phrase of {@code length} tokens means. */
    public record Match<T>(T value, int length) {
    }

    private static <T> Match<T> longest(List<Token> tokens, int i, PhraseTable<T> names) {
        PhraseTable.Match<T> m = names.at(tokens, i);
        return m == null ? null : new Match<>(m.value(), m.length());
    }

    private interface Row {
        void accept(String[] cols);
    }

    private static void readTsv(String name, Row row) {
        for (String[] cols : TsvRows.read(DateLexicon.class, name)) {
            cols[0] = Fold.fold(cols[0].trim());
            row.accept(cols);
        }
    }
}
