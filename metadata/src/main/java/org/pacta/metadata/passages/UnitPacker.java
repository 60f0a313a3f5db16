package org.pacta.metadata.passages;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a range's units (numbered paragraphs, news paragraphs) into spans: consecutive units share a span
 * while it stays within the size bound, a unit longer than the bound is split by the {@link BoundedSplitter}.
 * A span is cited by the numbers of the units it holds ("Article 5 · 2–4", "¶ 7").
 */
final class UnitPacker {

    /** A unit's start and number; an unnumbered unit (an article's heading and opening words) has none. */
    record Unit(int start, Integer number) {
    }

    /** How a span holding the units numbered first..last is cited; both null when it holds no numbered one. */
    interface Citation {
        String locator(Integer first, Integer last);
    }

    private final BoundedSplitter splitter;

    UnitPacker(BoundedSplitter splitter) {
        this.splitter = splitter;
    }

    int maxChars() {
        return splitter.maxChars();
    }

    /**
     * @param units    in order; the first starts the range
     * @param end      the range's end
     * @param together whether consecutive small units share a span (false: one unit, one span)
     */
    List<Span> pack(String text, List<Unit> units, int end, Citation citation, String heading, boolean together) {
        List<Span> spans = new ArrayList<>();
        int chunkStart = -1;
        int chunkEnd = -1;
        Integer first = null;
        Integer last = null;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            int unitEnd = i + 1 < units.size() ? units.get(i + 1).start() : end;
            boolean fits = chunkStart >= 0 && together && unitEnd - chunkStart <= splitter.maxChars();
            if (fits) {
                chunkEnd = unitEnd;
                if (unit.number() != null) {
                    first = first == null ? unit.number() : first;
                    last = unit.number();
                }
                continue;
            }
            if (chunkStart >= 0) {
                spans.add(new Span(chunkStart, chunkEnd, citation.locator(first, last), heading));
            }
            if (unitEnd - unit.start() > splitter.maxChars()) {
                String locator = citation.locator(unit.number(), unit.number());
                spans.addAll(bounded(text, unit.start(), unitEnd, locator, heading));
                chunkStart = -1;
                first = null;
                last = null;
            } else {
                chunkStart = unit.start();
                chunkEnd = unitEnd;
                first = unit.number();
                last = unit.number();
            }
        }
        if (chunkStart >= 0) {
            spans.add(new Span(chunkStart, chunkEnd, citation.locator(first, last), heading));
        }
        return spans;
    }

    /** The range in bounded pieces, all cited alike. */
    List<Span> bounded(String text, int start, int end, String locator, String heading) {
        List<Integer> starts = splitter.pieceStarts(text, start, end);
        List<Span> spans = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int pieceEnd = i + 1 < starts.size() ? starts.get(i + 1) : end;
            spans.add(new Span(starts.get(i), pieceEnd, locator, heading));
        }
        return spans;
    }

    /** "2" or "2–4". */
    static String range(int first, int last) {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }
}
