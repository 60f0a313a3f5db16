package org.pacta.core.sharedtext;

/**
 * A passage as shared text reads it.
 *
 * @param documentId the document it is cut from
 * @param ordinal    its place in the document (0 for the first)
 * @param locator    how a person cites it ("Article 7")
 * @param heading    its heading, or null
 * @param text       its text
 */
public record PassageText(String documentId, int ordinal, String locator, String heading, String text) {

    /** The passage's id in the archive: its document's id and its ordinal. */
    public String id() {
        return documentId + "-" + ordinal;
    }
}
