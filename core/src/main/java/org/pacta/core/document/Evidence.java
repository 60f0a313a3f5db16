package org.pacta.core.document;

/**
 * Why a field has its value: the sentence it was read from, where that sentence sits in the
 * document's text, and how sure the reading is.
 *
 * @param start      offset of the sentence's first character in the document text
 * @param end        offset just past its last character
 * @param confidence 0 to 1
 */
public record Evidence(String value, String sentence, int start, int end, double confidence) {
}
