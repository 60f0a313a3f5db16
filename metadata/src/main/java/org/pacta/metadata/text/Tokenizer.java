package org.pacta.metadata.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words (letters, with inner apostrophes: "N'Djaména"), numbers (digits, with an
 * attached suffix: "28th", "1er") and single punctuation marks, keeping offsets and line breaks.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                i = numberSuffixEnd(text, start, i);
                kind = Token.Kind.NUMBER;
            } else if (isLetter(c)) {
                while (i < n) {
                    char d = text.charAt(i);
                    if (isLetter(d)) {
                        i++;
                    } else if ((d == '\'' || d == '’') && i + 1 < n && isLetter(text.charAt(i + 1)) && i > start) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = Token.Kind.WORD;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n) {
                    i++;
                }
                kind = Token.Kind.PUNCT;
            }
            String t = text.substring(start, i);
            out.add(new Token(t, Fold.fold(t), start, i, kind, Math.min(newlines, 2)));
            newlines = 0;
        }
        return out;
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "er", "re", "e",
            "eme", "o", "a", "d", "h", "º", "ª");
    private static final java.util.Set<String> GLUED_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "er");

    /**
     * Where a number token ends: a day number keeps its ordinal suffix ("28th", "1er", and one stray
     * OCR letter, "21L"), also when a word is glued on ("29thdayofMay" → "29th" + "dayofMay"); a year
     * or any longer number never takes letters ("2006in" → "2006" + "in").
     */
    private static int numberSuffixEnd(String text, int start, int digitsEnd) {
        int n = text.length();
        if (digitsEnd - start > 2 || digitsEnd >= n || !isLetter(text.charAt(digitsEnd))) {
            return digitsEnd;
        }
        int e = digitsEnd;
        while (e < n && isLetter(text.charAt(e))) {
            e++;
        }
        String word = Fold.fold(text.substring(digitsEnd, e));
        if (SUFFIXES.contains(word) || word.length() == 1) {
            return e;
        }
        if (word.length() >= 4 && GLUED_SUFFIXES.contains(word.substring(0, 2))) {
            return digitsEnd + 2;
        }
        return digitsEnd;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
