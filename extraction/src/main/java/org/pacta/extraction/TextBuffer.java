package org.pacta.extraction;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** An unsynchronized Writer into a StringBuilder (StringWriter's StringBuffer locks on every write). */
final class TextBuffer extends Writer {

    private StringBuilder sb = new StringBuilder(8192);
    /** Where each page began in {@link #sb}; after {@link #takeStripped}, in the stripped text. */
    private List<Integer> pageStarts = new ArrayList<>();

    @Override
    public void write(char[] cbuf, int off, int len) {
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        sb.append(str, off, len);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page that begins now begins at the text written so far. */
    void markPageStart() {
        pageStarts.add(sb.length());
    }

    /** Where each marked page begins in the text {@link #takeStripped} returned. */
    List<Integer> pageStarts() {
        return pageStarts;
    }

    /** The text without leading/trailing whitespace; releases the buffer (one copy, not two). */
    String takeStripped() {
        StringBuilder b = sb;
        sb = new StringBuilder(0);
        int start = 0;
        int end = b.length();
        while (start < end && Character.isWhitespace(b.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(b.charAt(end - 1))) {
            end--;
        }
        List<Integer> shifted = new ArrayList<>(pageStarts.size());
        for (int pageStart : pageStarts) {
            // a page's leading whitespace may have been stripped with the text's
            shifted.add(Math.max(0, Math.min(pageStart, end) - start));
        }
        pageStarts = List.copyOf(shifted);
        return b.substring(start, end);
    }
}
