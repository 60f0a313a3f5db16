package org.pacta.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Checks the {@link ParseGuard} on SAX events: cancellation and the character budget. */
final class GuardedContentHandler extends ContentHandlerDecorator {

    private final ParseGuard guard;

    GuardedContentHandler(ContentHandler handler, ParseGuard guard) {
        super(handler);
        this.guard = guard;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        guard.check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        guard.addChars(length);
        guard.check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        guard.addChars(length);
        guard.check();
        super.ignorableWhitespace(ch, start, length);
    }
}
