package org.pacta.ingest;

import org.pacta.core.document.Passage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cut of last resort, when the structural reader failed on a text: pieces of at most
 * {@value #MAX_CHARS} characters (not counting trailing whitespace), ended at a space where one is in
 * their second half, cited "Passage 1", "Passage 2", ... Satisfies the passages' invariants, nothing more.
 */
final class SizedPassages {

    static final int MAX_CHARS = 3_000;

    private SizedPassages() {
    }

    static List<Passage> cut(String text, List<Integer> pageStarts) {
        List<Integer> starts = new ArrayList<>();
        int contentEnd = text.stripTrailing().length();
        int pos = 0;
        while (pos < contentEnd) {
            starts.add(pos);
            int next = contentEnd - pos <= MAX_CHARS ? contentEnd : pieceEnd(text, pos);
            while (next < contentEnd && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            pos = next;
        }
        List<Passage> passages = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            passages.add(new Passage(i, "Passage " + (i + 1), null, starts.get(i), end, page(pageStarts, starts.get(i))));
        }
        return passages;
    }

    private static int pieceEnd(String text, int pos) {
        int limit = pos + MAX_CHARS;
        for (int i = limit - 1; i > pos + MAX_CHARS / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The page holding {@code offset}: the last one starting at or before it. */
    private static Integer page(List<Integer> pageStarts, int offset) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int at = Collections.binarySearch(pageStarts, offset);
        if (at >= 0) {
            while (at + 1 < pageStarts.size() && pageStarts.get(at + 1) == offset) {
                at++;
            }
            return at + 1;
        }
        return Math.max(1, -at - 1);
    }
}
