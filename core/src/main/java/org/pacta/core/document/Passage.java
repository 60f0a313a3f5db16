package org.pacta.core.document;

/**
 * A piece of a document's text that a person would cite: an article, one of its numbered paragraphs,
 * an annex, a page, a news paragraph. A document's passages cover its whole text, in order, without
 * overlapping; none is empty.
 *
 * @param ordinal 0 for the first passage of the document, then 1, 2, ...
 * @param locator how a person cites it: "Article 24.6", "Annex II", "Chapter 3 · Article 12", "p. 37", "¶ 4"
 * @param heading the passage's heading where it has one ("Investor-State Dispute Settlement"), else null
 * @param start   offset of its first character in the document's text (UTF-16 units, inclusive)
 * @param end     offset after its last character (exclusive)
 * @param page    the page (from 1) its first character is on, for paged formats; else null
 */
public record Passage(int ordinal, String locator, String heading, int start, int end, Integer page) {

    public Passage {
        if (ordinal < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("A passage needs a non-negative ordinal and a non-empty range: "
                    + ordinal + " [" + start + ", " + end + ")");
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("Pages count from 1: " + page);
        }
    }

    /** Its text, cut from the document's. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
