package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of text into pieces of at most {@code maxChars} characters (not counting the whitespace
 * the piece ends with), at the last paragraph break that leaves the piece at least half full, else the last
 * line break, else the last sentence end, else the last space; only a text without any of them is cut
 * mid-word (never inside a surrogate pair). Each piece after the first starts at a non-blank character.
 * Looks back at most {@code maxChars} characters per piece: linear in the range.
 */
final class BoundedSplitter {

    private final int maxChars;

    BoundedSplitter(int maxChars) {
        this.maxChars = maxChars;
    }

    int maxChars() {
        return maxChars;
    }

    /** The offsets where the pieces of {@code [start, end)} begin, the first being {@code start}. */
    List<Integer> pieceStarts(String text, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        starts.add(start);
        int contentEnd = end;
        while (contentEnd > start && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int pos = start;
        while (contentEnd - pos > maxChars) {
            int cut = skipWhitespace(text, cut(text, pos), contentEnd);
            starts.add(cut);
            pos = cut;
        }
        return starts;
    }

    /** The end of a piece from {@code pos}: just after the best break within its reach. */
    private int cut(String text, int pos) {
        int limit = pos + maxChars;
        int floor = pos + maxChars / 2;
        int at = lastBlankLine(text, floor, limit);
        if (at < 0) {
            at = lastLineBreak(text, floor, limit);
        }
        if (at < 0) {
            at = lastSentenceEnd(text, floor, limit);
        }
        if (at < 0) {
            at = lastSpace(text, pos + 1, limit);
        }
        if (at >= 0) {
            return at;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** After a line break that ends a blank line, within {@code (floor, limit]}; else -1. */
    private static int lastBlankLine(String text, int floor, int limit) {
        for (int i = limit - 1; i > floor; i--) {
            if (text.charAt(i) == '\n' && followsBlankLine(text, i, floor)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean followsBlankLine(String text, int lineBreak, int floor) {
        for (int j = lineBreak - 1; j >= floor; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }

    private static int lastLineBreak(String text, int floor, int limit) {
        for (int i = limit - 1; i > floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** After the space following a full stop, question or exclamation mark (any script's). */
    private static int lastSentenceEnd(String text, int floor, int limit) {
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".!?;。！？".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int floor, int limit) {
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
