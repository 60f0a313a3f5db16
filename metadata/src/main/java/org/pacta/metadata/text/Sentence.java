package org.pacta.metadata.text;

/** A sentence (or heading line) of a text: {@code text.substring(start, end)}. */
public record Sentence(String text, int start, int end) {
}
