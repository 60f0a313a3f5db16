package org.pacta.metadata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits a text into sentences with offsets. Boundaries: a full stop, question or exclamation mark
 * followed by an upper-case start (not after an abbreviation such as "U.S." or "D.C."), a line that
 * ends with terminal punctuation, and a blank line, except where the next paragraph starts in lower
 * case (a PDF page or paragraph break in the middle of a sentence, "one thousand nine\n\nhundred").
 * Very long runs without a boundary are cut at line breaks. A day number's full stop before a month
 * ("am 1. Dezember") ends nothing, when the caller says which words are months.
 */
public final class SentenceSplitter {

    private static final int MAX_SENTENCE = 1500;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "no", "nos", "art", "arts", "st", "sr", "jr", "co", "inc", "ltd",
            "vs", "cf", "para", "paras", "p", "pp", "vol", "op", "ed", "etc", "eg", "ie", "e.g", "i.e", "u.s",
            "u.k", "d.c", "u.n", "e.c", "sp", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "ref",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig",
            "mt", "ft", "sra", "sres", "mme", "mlle", "núm", "num");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        return split(text, word -> false);
    }

    /**
     * @param monthName whether a word names a month: a day number's full stop before it is no boundary
     *                  (the German "am 1. Dezember 2025")
     */
    public static List<Sentence> split(String text, Predicate<String> monthName) {
        List<int[]> cuts = new ArrayList<>();
        int n = text.length();
        int sentenceStart = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                int newlines = 1;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        newlines++;
                    }
                    j++;
                }
                char prev = lastNonSpace(text, sentenceStart, i);
                boolean nextLower = j < n && Character.isLowerCase(text.charAt(j));
                boolean cut = false;
                if (newlines >= 2 && !nextLower) {
                    cut = true;
                } else if (isTerminal(prev) && !nextLower) {
                    cut = true;
                } else if (i - sentenceStart > MAX_SENTENCE) {
                    cut = true;
                }
                if (cut) {
                    cuts.add(new int[]{sentenceStart, i});
                    sentenceStart = j;
                }
                i = j;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == ' ' || j < n && text.charAt(j) == '\t') {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                        k++;
                    }
                    if (k < n && startsSentence(text.charAt(k)) && !(c == '.' && abbreviationBefore(text, i))
                            && !(c == '.' && dayBeforeMonth(text, i, k, monthName))) {
                        cuts.add(new int[]{sentenceStart, j});
                        sentenceStart = k;
                        i = k;
                        continue;
                    }
                }
            }
            i++;
        }
        cuts.add(new int[]{sentenceStart, n});
        List<Sentence> out = new ArrayList<>(cuts.size());
        for (int[] cut : cuts) {
            int s = cut[0];
            int e = cut[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(text.substring(s, e), s, e));
            }
        }
        return out;
    }

    private static char lastNonSpace(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return '\n';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '«'
                || c == '\'' || c == '‘' || c == '[' || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    /** "1. Dezember": a day of one or two digits, its full stop at {@code dot}, a month at {@code next}. */
    private static boolean dayBeforeMonth(String text, int dot, int next, Predicate<String> monthName) {
        int digits = 0;
        while (dot - digits - 1 >= 0 && Character.isDigit(text.charAt(dot - digits - 1))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || dot - digits - 1 >= 0 && !Character.isWhitespace(text.charAt(dot - digits - 1))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > next && monthName.test(text.substring(next, end));
    }

    /** Whether the word ending at the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot - 1;
        while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        String word = text.substring(k + 1, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "George W. Bush", "U.S."
        }
        if (word.indexOf('.') >= 0) {
            return true; // "U.S", "D.C", "e.g"
        }
        return ABBREVIATIONS.contains(Fold.fold(word));
    }
}
