package org.pacta.metadata.parties;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for name matching (lower case, accents removed, apostrophes, dashes and runs of
 * white space unified) that remembers where each folded character came from, so that a match in the
 * folded text maps back to offsets in the original.
 */
final class FoldedText {

    private final String folded;
    private final int[] origin;

    private FoldedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!lastSpace) {
                    origin[out.length()] = i;
                    out.append(' ');
                    lastSpace = true;
                }
                continue;
            }
            lastSpace = false;
            for (char f : foldChar(c).toCharArray()) {
                if (out.length() >= origin.length - 1) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(f);
            }
        }
        origin[out.length()] = text.length();
        return new FoldedText(out.toString(), Arrays.copyOf(origin, out.length() + 1));
    }

    /** Folds a name the same way as a text (names need no offsets). */
    static String fold(String name) {
        return of(name.strip()).folded;
    }

    String folded() {
        return folded;
    }

    /** The original offset of folded offset {@code i} (for an end offset: just past the last char). */
    int originalStart(int i) {
        return origin[i];
    }

    int originalEnd(int foldedEndExclusive) {
        return origin[foldedEndExclusive - 1] + 1;
    }

    private static String foldChar(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> {
                return "'";
            }
            case '\u201c', '\u201d', '\u00ab', '\u00bb' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return "-";
            }
            case '\u0131' -> {
                return "i";
            }
            case '\u00df' -> {
                return "ss";
            }
            case '\u00f8', '\u00d8' -> {
                return "o";
            }
            case '\u0142', '\u0141' -> {
                return "l";
            }
            case '\u0111', '\u0110' -> {
                return "d";
            }
            default -> {
                if (c < 0x80) {
                    return String.valueOf(Character.toLowerCase(c));
                }
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder b = new StringBuilder(1);
                for (int k = 0; k < d.length(); k++) {
                    char x = d.charAt(k);
                    if (Character.getType(x) != Character.NON_SPACING_MARK) {
                        b.append(x);
                    }
                }
                return b.length() == 0 ? String.valueOf(c) : b.toString().toLowerCase(Locale.ROOT);
            }
        }
    }
}
