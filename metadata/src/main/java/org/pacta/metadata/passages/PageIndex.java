package org.pacta.metadata.passages;

import java.util.Arrays;
import java.util.List;

/** The page an offset of the text is on, from where each page starts. */
final class PageIndex {

    private final int[] starts;

    PageIndex(List<Integer> pageStarts) {
        starts = pageStarts == null ? new int[0] : pageStarts.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    int pageCount() {
        return starts.length;
    }

    /** The offset where page {@code page} (from 1) starts. */
    int start(int page) {
        return starts[page - 1];
    }

    /** The page (from 1) holding {@code offset}: the last to start at or before it; null without pages. */
    Integer pageOf(int offset) {
        if (starts.length == 0) {
            return null;
        }
        int at = Arrays.binarySearch(starts, offset);
        if (at >= 0) {
            // blank pages start where the next one does: the offset is on the last of them
            while (at + 1 < starts.length && starts[at + 1] == offset) {
                at++;
            }
            return at + 1;
        }
        int insertion = -at - 1;
        return Math.max(1, insertion);
    }
}
