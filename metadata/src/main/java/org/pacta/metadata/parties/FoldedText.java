package org.pacta.metadata.parties;

import org.pacta.metadata.text.Fold;

import java.util.Arrays;

/**
 * A text folded for name matching (letters as {@link Fold} folds words; apostrophes, quotes, dashes
 * and runs of white space unified) that remembers where each folded character came from, so that a
 * match in the folded text maps back to offsets in the original.
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

    /** Name punctuation made one (’ ', “ ", – -); everything else folded as {@link Fold} folds words. */
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
            default -> {
                String folded = Fold.fold(String.valueOf(c));
                // a lone combining mark (decomposed text: "e" + U+0301) folds to nothing; kept, as it always was
                return folded.isEmpty() ? String.valueOf(c) : folded;
            }
        }
    }
}
