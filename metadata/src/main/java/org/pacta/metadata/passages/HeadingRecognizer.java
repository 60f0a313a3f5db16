package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the heading lines of a text ("ARTICLE 24.6", "Article premier", "Статья 7", "CHAPTER 3", "ANNEX II")
 * and their titles. Every line is tried once against a few anchored patterns: linear in the text.
 * A table of contents is found here too; {@link TableOfContents} tells it from the body.
 */
final class HeadingRecognizer {

    /** Longer is a sentence, not a title. */
    private static final int MAX_TITLE = 150;
    private static final int MAX_UNNUMBERED_LINE = 150;

    private static final HeadingKind[] NUMBERED_ORDER = {HeadingKind.ARTICLE, HeadingKind.APPENDED,
        HeadingKind.CHAPTER, HeadingKind.PART, HeadingKind.SECTION};

    private final Pattern[] numbered = new Pattern[NUMBERED_ORDER.length];
    private final Pattern unnumberedAppended = HeadingWords.unnumberedAppended();
    private final Pattern separator = Pattern.compile("[ \\t]*[.:\\-–—]?[ \\t]*");

    HeadingRecognizer() {
        for (int i = 0; i < NUMBERED_ORDER.length; i++) {
            numbered[i] = HeadingWords.numbered(NUMBERED_ORDER[i]);
        }
    }

    /** The headings, in text order. */
    List<Heading> headings(String text) {
        Matcher[] matchers = new Matcher[numbered.length];
        for (int i = 0; i < numbered.length; i++) {
            matchers[i] = numbered[i].matcher(text);
        }
        Matcher unnumbered = unnumberedAppended.matcher(text);
        Matcher sep = separator.matcher(text);
        List<Heading> headings = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = Lines.end(text, lineStart);
            Heading heading = match(text, lineStart, lineEnd, matchers, unnumbered, sep);
            if (heading != null) {
                headings.add(heading);
            }
            lineStart = lineEnd + 1;
        }
        return headings;
    }

    private Heading match(String text, int lineStart, int lineEnd, Matcher[] matchers, Matcher unnumbered, Matcher sep) {
        if (!Lines.startsWithLetter(text, lineStart, lineEnd)) {
            return null;
        }
        for (int i = 0; i < matchers.length; i++) {
            Matcher m = matchers[i].region(lineStart, lineEnd);
            if (m.lookingAt()) {
                String number = m.group("number");
                String word = HeadingWords.citedWord(m.group("word"));
                String label = word + " " + HeadingWords.citedNumber(number);
                return new Heading(NUMBERED_ORDER[i], label, number, lineStart, m.end(), lineEnd,
                        title(text, m.end(), lineEnd, sep, matchers, unnumbered));
            }
        }
        if (lineEnd - lineStart <= MAX_UNNUMBERED_LINE && unnumbered.region(lineStart, lineEnd).lookingAt()) {
            String word = HeadingWords.citedWord(unnumbered.group("word"));
            String rest = text.substring(unnumbered.end(), lineEnd).strip();
            return new Heading(HeadingKind.APPENDED, word, null, lineStart, unnumbered.end(), lineEnd, rest.isEmpty() ? null : rest);
        }
        return null;
    }

    /** The rest of the heading's line when it reads as a title, else the next line when that does. */
    private String title(String text, int labelEnd, int lineEnd, Matcher sep, Matcher[] matchers, Matcher unnumbered) {
        sep.region(labelEnd, lineEnd).lookingAt();
        String rest = text.substring(sep.end(), lineEnd).strip();
        if (!rest.isEmpty()) {
            return isTitle(rest) ? rest : null;
        }
        int next = Lines.nextNonBlank(text, lineEnd + 1, 2);
        if (next < 0) {
            return null;
        }
        int nextEnd = Lines.end(text, next);
        String line = text.substring(next, nextEnd).strip();
        if (!isTitle(line) || NumberedParagraphs.isNumbered(line) || isHeading(text, next, nextEnd, matchers, unnumbered)) {
            return null;
        }
        return line;
    }

    private static boolean isHeading(String text, int start, int end, Matcher[] matchers, Matcher unnumbered) {
        for (Matcher m : matchers) {
            if (m.region(start, end).lookingAt()) {
                return true;
            }
        }
        return unnumbered.region(start, end).lookingAt();
    }

    /** Short, capitalised, and not ending like a sentence or a clause that goes on. */
    private static boolean isTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        boolean capitalised = Character.isUpperCase(first) || Character.isTitleCase(first) || first == '[' || first == '"'
                || first == '“' || first == '«';
        return capitalised && ".;:,".indexOf(last) < 0;
    }
}
