package org.pacta.metadata.document;

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
        text = text == null ? "" : plainSpaces(text);
    }

    /**
     * The text with no-break and other fixed-width spaces as plain spaces, one for one (offsets stay
     * those of the original): HTML and PDF texts are full of them and every reader's patterns mean
     * any space.
     */
    static String plainSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isOddSpace(text.charAt(i))) {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (isOddSpace(chars[j])) {
                        chars[j] = ' ';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200a') || c == '\u3000';
    }
}
