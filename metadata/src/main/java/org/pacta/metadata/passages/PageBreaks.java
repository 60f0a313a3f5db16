package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the pieces of a structure at page breaks, so that every passage lies on one page and a match
 * in it is cited with the page it is on. The pieces after a break keep the locator ("Article 5" on
 * pages 37 and 38); the heading stays with the first.
 */
final class PageBreaks {

    private PageBreaks() {
    }

    static List<Span> split(List<Span> spans, PageIndex pages) {
        if (pages.pageCount() < 2) {
            return spans;
        }
        List<Span> split = new ArrayList<>(spans.size() + pages.pageCount());
        for (Span span : spans) {
            int start = span.start();
            String heading = span.heading();
            Integer page = pages.pageOf(start);
            for (int next = page == null ? 1 : page + 1; next <= pages.pageCount(); next++) {
                int breakAt = pages.start(next);
                if (breakAt >= span.end()) {
                    break;
                }
                if (breakAt > start) {
                    split.add(new Span(start, breakAt, span.locator(), heading));
                    heading = null;
                    start = breakAt;
                }
            }
            split.add(new Span(start, span.end(), span.locator(), heading));
        }
        return split;
    }
}
