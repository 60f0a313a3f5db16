package org.pacta.metadata;

/**
 * What the metadata reader gets of one document.
 *
 * @param text     the full extracted text
 * @param title    the title the file's own metadata gives (HTML {@code <title>}, Word properties), or null
 * @param fileName the file's name, for its extension only (never to look up labels)
 * @param language ISO 639-1 code of the text's detected language, or null
 */
public record DocumentText(String text, String title, String fileName, String language) {

    public DocumentText {
        text = text == null ? "" : text;
    }
}
