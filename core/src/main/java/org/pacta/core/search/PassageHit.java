package org.pacta.core.search;

/**
 * A passage of a document as a search shows it: where it is and, for a search with words, the best
 * bit of it. Without words it is one entry of the document's table of contents.
 *
 * @param ordinal the passage's place in its document (0 for the first); the document page's anchor is {@code p-<ordinal>}
 * @param locator how a person cites it ("Article 24.6", "Annex II", "p. 37")
 * @param heading its heading, or null
 * @param page    the page it starts on, or null for formats without pages
 * @param start   offset of its first character in the document's text
 * @param end     offset after its last character
 * @param snippet HTML-escaped text with the matched words in {@code <mark>}, or null (no words, or none in its text)
 */
public record PassageHit(int ordinal, String locator, String heading, Integer page, int start, int end, String snippet) {
}
