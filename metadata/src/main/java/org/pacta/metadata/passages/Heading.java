package org.pacta.metadata.passages;

/**
 * A heading line found in the text.
 *
 * @param kind      the unit it opens
 * @param label     how it is cited, in the document's own word: "Article 24.6", "Статья 7", "Annex II"
 * @param number    its number as written ("24.6", "II", "premier"), or null for an unnumbered "ANNEX"
 * @param lineStart offset of its line's first character: the unit's text starts there
 * @param labelEnd  offset after its word and number
 * @param lineEnd   offset of its line's end (before the line break)
 * @param title     its title ("Objectives") on the same or the next line, or null
 */
record Heading(HeadingKind kind, String label, String number, int lineStart, int labelEnd, int lineEnd, String title) {

    /** What identifies it among its document's headings: kind and number, whatever the case of the word. */
    String key() {
        return kind + " " + label.toLowerCase(java.util.Locale.ROOT);
    }
}
