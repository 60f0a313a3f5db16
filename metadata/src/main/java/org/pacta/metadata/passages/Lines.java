package org.pacta.metadata.passages;

/** Line arithmetic on a text: offsets of line ends and of non-blank lines. */
final class Lines {

    private Lines() {
    }

    /** The offset of the line break ending the line that starts at {@code lineStart}, or the text's length. */
    static int end(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? text.length() : end;
    }

    /** Whether the line holds only whitespace. */
    static boolean isBlank(String text, int lineStart, int lineEnd) {
        for (int i = lineStart; i < lineEnd; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's first non-blank character is a letter (every heading word starts with one). */
    static boolean startsWithLetter(String text, int lineStart, int lineEnd) {
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return Character.isLetter(c);
            }
        }
        return false;
    }

    /** The start of the first non-blank line from {@code lineStart}, looking at most {@code lines} lines on; else -1. */
    static int nextNonBlank(String text, int lineStart, int lines) {
        int start = lineStart;
        for (int i = 0; i < lines && start < text.length(); i++) {
            int end = end(text, start);
            if (!isBlank(text, start, end)) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }
}
