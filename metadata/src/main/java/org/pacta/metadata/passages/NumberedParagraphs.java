package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's numbered paragraphs: lines opening with "1.", "1)" or "(1)". Only the sequence
 * 1, 2, 3, ... counts, so that a list's "(a)", a stray "2." of a wrapped line or a year does not.
 */
final class NumberedParagraphs {

    private static final Pattern NUMBER = Pattern.compile("[ \\t]*(?:(\\d{1,3})[.)]|\\((\\d{1,3})\\))[ \\t]+\\S");

    /** A numbered paragraph's start and number. */
    record Start(int offset, int number) {
    }

    private NumberedParagraphs() {
    }

    static boolean isNumbered(String line) {
        return NUMBER.matcher(line).lookingAt();
    }

    /** The numbered paragraphs' starts within {@code [from, to)}, numbered 1, 2, ... without a gap. */
    static List<Start> starts(String text, int from, int to) {
        List<Start> starts = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = Math.min(Lines.end(text, lineStart), to);
            if (m.region(lineStart, lineEnd).lookingAt()) {
                int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (number == starts.size() + 1) {
                    starts.add(new Start(lineStart, number));
                }
            }
            lineStart = lineEnd + 1;
        }
        return starts;
    }
}
