package org.pacta.extraction;

import java.io.Writer;

/** An unsynchronized Writer into a StringBuilder (StringWriter's StringBuffer locks on every write). */
final class TextBuffer extends Writer {

    private StringBuilder sb = new StringBuilder(8192);

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
        return b.substring(start, end);
    }
}
