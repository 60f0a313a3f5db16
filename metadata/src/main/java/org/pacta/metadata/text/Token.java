package org.pacta.metadata.text;

/**
 * A word, a number or a punctuation mark of a text, with its offsets.
 *
 * @param text       as written
 * @param norm       folded (lower case, no accents)
 * @param start      offset of the first character
 * @param end        offset just past the last character
 * @param kind       what it is
 * @param breakBefore how the whitespace before it breaks the text: 0 none, 1 a line break, 2 a blank line
 */
public record Token(String text, String norm, int start, int end, Kind kind, int breakBefore) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String folded) {
        return norm.equals(folded);
    }

    /** Starts with an upper-case letter (or is a number-less word in a script without case). */
    public boolean capitalized() {
        if (kind != Kind.WORD) {
            return false;
        }
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
    }

    /** Entirely upper case (and at least two letters). */
    public boolean allCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The value of the leading digits of a number token, e.g. 28 for "28th"; -1 for other tokens. */
    public int digitValue() {
        if (kind != Kind.NUMBER) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            v = v * 10 + Character.digit(text.charAt(i), 10);
            if (v > 1_000_000) {
                return -1;
            }
        }
        return v;
    }

    /** Letters after the digits of a number token ("th" in "28th"), folded; empty for plain numbers. */
    public String numberSuffix() {
        int i = 0;
        while (i < norm.length() && Character.isDigit(norm.charAt(i))) {
            i++;
        }
        return norm.substring(i);
    }

    /** Number of digits of a number token. */
    public int digitCount() {
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
