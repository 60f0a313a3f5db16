package org.pacta.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Test-only parser for {@code application/x-pacta-hang} (see custom-mimetypes.xml), registered through
 * META-INF/services. The file says how to misbehave:
 * <ul>
 *   <li>{@code PACTA-HANG sleep} sleeps for a minute (interruptible);</li>
 *   <li>{@code PACTA-HANG spin <millis>} burns CPU for that long, ignoring interrupts and emitting
 *       nothing, so cooperative cancellation cannot reach it;</li>
 *   <li>{@code PACTA-HANG oom} allocates memory until the heap is exhausted;</li>
 *   <li>{@code PACTA-HANG chatter} emits a little text every 5 ms forever, ignoring interrupts.</li>
 * </ul>
 */
public class HangingParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final MediaType TYPE = MediaType.application("x-pacta-hang");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException {
        String[] cmd = new String(stream.readNBytes(200), StandardCharsets.US_ASCII).trim().split("\\s+");
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        switch (cmd.length > 1 ? cmd[1] : "sleep") {
            case "spin" -> {
                long end = System.nanoTime() + Long.parseLong(cmd[2]) * 1_000_000L;
                long x = 0;
                while (System.nanoTime() < end) {
                    x += System.identityHashCode(this) % 7; // busy, deaf to interrupts
                }
                xhtml.element("p", "spun " + (x > 0));
            }
            case "oom" -> {
                java.util.List<long[]> hog = new java.util.ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]); // 8 MB a step
                }
            }
            case "chatter" -> {
                while (true) { // only an exception from the handler ends this
                    xhtml.element("p", "blah blah blah ");
                    long pause = System.nanoTime() + 5_000_000L;
                    while (System.nanoTime() < pause) {
                        Thread.interrupted(); // deaf to interrupts
                    }
                }
            }
            default -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        xhtml.endDocument();
    }
}
