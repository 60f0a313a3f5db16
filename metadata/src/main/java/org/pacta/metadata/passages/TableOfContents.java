package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a table of contents' entries from the body's headings, so that "Article 1 ..... 3" does not open
 * an article. An entry is a heading line (or its title line) ending in a page number behind dot leaders
 * or a wide gap; or one of a run of at least {@value #MIN_RUN} headings with next to no text between them
 * whose every heading comes again further on.
 */
final class TableOfContents {

    /** Less text than this between two headings is a listing, not a unit of the body. */
    private static final int LISTING_GAP = 160;
    private static final int MIN_RUN = 3;
    /** Lines longer than this are body text with a heading's words, not an entry. */
    private static final int MAX_ENTRY_LINE = 300;

    private final Pattern pageNumberAtEnd = Pattern.compile(
            "(?:\\.{3,}|…{2,}|(?:\\.[ \\t]){3,}|_{3,}|[ \\t]{3,}|\\t)[ \\t]*\\d{1,4}[ \\t]*\\r?$");

    /** The headings of the body, in order. */
    List<Heading> withoutEntries(String text, List<Heading> headings) {
        boolean[] entry = new boolean[headings.size()];
        Matcher leaders = pageNumberAtEnd.matcher(text);
        for (int i = 0; i < headings.size(); i++) {
            entry[i] = hasPageNumber(text, headings.get(i), leaders);
        }
        markListings(text, headings, entry);
        List<Heading> body = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            if (!entry[i]) {
                body.add(headings.get(i));
            }
        }
        return body;
    }

    private static boolean endsWithPageNumber(Matcher leaders, int from, int to) {
        return to - from <= MAX_ENTRY_LINE && to > from && leaders.region(from, to).find();
    }

    private boolean hasPageNumber(String text, Heading heading, Matcher leaders) {
        if (endsWithPageNumber(leaders, heading.labelEnd(), heading.lineEnd())) {
            return true;
        }
        int next = Lines.nextNonBlank(text, heading.lineEnd() + 1, 1);
        return heading.labelEnd() >= heading.lineEnd() - 1 && next >= 0
                && endsWithPageNumber(leaders, next, Lines.end(text, next));
    }

    /** Runs of closely listed headings that all come again later: a contents listing without page numbers. */
    private static void markListings(String text, List<Heading> headings, boolean[] entry) {
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            lastIndex.put(headings.get(i).key(), i);
        }
        int runStart = -1;
        for (int i = 0; i <= headings.size(); i++) {
            boolean listed = i < headings.size() && isListed(text, headings, i, lastIndex);
            if (listed && runStart < 0) {
                runStart = i;
            } else if (!listed && runStart >= 0) {
                if (i - runStart >= MIN_RUN) {
                    for (int j = runStart; j < i; j++) {
                        entry[j] = true;
                    }
                    // the listing's last entry is followed by the body's text, not by another entry
                    if (i < headings.size() && lastIndex.get(headings.get(i).key()) > i) {
                        entry[i] = true;
                    }
                }
                runStart = -1;
            }
        }
    }

    private static boolean isListed(String text, List<Heading> headings, int i, Map<String, Integer> lastIndex) {
        Heading heading = headings.get(i);
        int nextStart = i + 1 < headings.size() ? headings.get(i + 1).lineStart() : text.length();
        return nextStart - heading.lineStart() < LISTING_GAP && lastIndex.get(heading.key()) > i;
    }
}
