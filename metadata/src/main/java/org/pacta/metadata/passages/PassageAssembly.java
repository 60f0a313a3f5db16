package org.pacta.metadata.passages;

import org.pacta.core.document.Passage;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes passages of spans that cover the text in order: each passage starts at its first non-blank
 * character, the whitespace before it ending the previous passage (the text's leading whitespace opens the
 * first); a span of whitespace only joins the passage before it. Gives ordinals and pages.
 */
final class PassageAssembly {

    private PassageAssembly() {
    }

    static List<Passage> passages(String text, List<Span> spans, PageIndex pages) {
        List<Span> kept = new ArrayList<>(spans.size());
        List<Integer> contentStarts = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int content = firstNonBlank(text, span.start(), span.end());
            if (content >= 0) {
                kept.add(span);
                contentStarts.add(content);
            }
        }
        List<Passage> passages = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Span span = kept.get(i);
            int start = i == 0 ? 0 : contentStarts.get(i);
            int end = i + 1 < kept.size() ? contentStarts.get(i + 1) : text.length();
            passages.add(new Passage(i, span.locator(), span.heading(), start, end,
                    pages.pageOf(start)));
        }
        return passages;
    }

    private static int firstNonBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
