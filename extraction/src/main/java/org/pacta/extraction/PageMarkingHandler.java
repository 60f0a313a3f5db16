package org.pacta.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Marks in the {@link TextBuffer} where each page begins: Tika's PDF parser wraps every page, its OCR'd
 * text included, in {@code <div class="page">}. It sits in front of the handler writing into the buffer,
 * so the buffer's length is the page's offset when the element starts.
 */
final class PageMarkingHandler extends ContentHandlerDecorator {

    private final TextBuffer buffer;

    PageMarkingHandler(ContentHandler handler, TextBuffer buffer) {
        super(handler);
        this.buffer = buffer;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            buffer.markPageStart();
        }
        super.startElement(uri, localName, name, atts);
    }
}
