package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a text without headings: blocks between blank lines; when the text has no blank
 * line at all (one paragraph per line, as many news feeds and converted files have), its lines.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** The offsets where the paragraphs of {@code [from, to)} start, the first being {@code from}. */
    static List<Integer> starts(String text, int from, int to) {
        List<Integer> byBlankLines = starts(text, from, to, true);
        return byBlankLines.size() > 1 ? byBlankLines : starts(text, from, to, false);
    }

    private static List<Integer> starts(String text, int from, int to, boolean blankLineNeeded) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        boolean sawContent = false;
        boolean sawBreak = false;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = Math.min(Lines.end(text, lineStart), to);
            boolean blank = Lines.isBlank(text, lineStart, lineEnd);
            if (!blank) {
                if (sawContent && (sawBreak || !blankLineNeeded)) {
                    starts.add(lineStart);
                }
                sawContent = true;
                sawBreak = false;
            } else {
                sawBreak = true;
            }
            lineStart = lineEnd + 1;
        }
        return starts;
    }
}
