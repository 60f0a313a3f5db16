package org.pacta.metadata.passages;

import org.pacta.core.document.Passage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every cut must satisfy, whatever the text. */
final class PassageInvariants {

    private PassageInvariants() {
    }

    static List<Passage> check(String text, List<Passage> passages, List<Integer> pageStarts, int maxChars) {
        if (text.isBlank()) {
            assertTrue(passages.isEmpty(), "a blank text has no passages");
            return passages;
        }
        assertFalse(passages.isEmpty(), "a text has passages");
        assertEquals(0, passages.get(0).start(), "the first passage starts the text");
        assertEquals(text.length(), passages.get(passages.size() - 1).end(), "the last passage ends the text");
        PageIndex pages = new PageIndex(pageStarts);
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String where = "passage " + i + " " + p.locator() + " [" + p.start() + ", " + p.end() + ")";
            assertEquals(i, p.ordinal(), where);
            if (i > 0) {
                assertEquals(passages.get(i - 1).end(), p.start(), where + " starts where the one before ends");
            }
            assertFalse(p.text(text).isBlank(), where + " is blank");
            assertTrue(p.text(text).strip().length() <= maxChars,
                    where + " is " + p.text(text).strip().length() + " chars long");
            assertNotNull(p.locator(), where);
            assertFalse(p.locator().isBlank(), where + " has a locator");
            if (pageStarts.isEmpty()) {
                assertEquals(null, p.page(), where + " has no page");
            } else {
                assertEquals(pages.pageOf(p.start()), p.page(), where + " is on the page holding its start");
            }
        }
        return passages;
    }

    static List<Passage> cut(String text, String kind) {
        return cut(new StructuredPassages(), text, kind, List.of());
    }

    static List<Passage> cut(StructuredPassages reader, String text, String kind, List<Integer> pageStarts) {
        List<Passage> passages = reader.read(text, kind, pageStarts);
        return check(text, passages, pageStarts, StructuredPassages.MAX_CHARS);
    }

    static List<String> locators(List<Passage> passages) {
        return passages.stream().map(Passage::locator).toList();
    }
}
