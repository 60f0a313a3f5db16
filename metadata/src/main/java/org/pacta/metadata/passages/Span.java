package org.pacta.metadata.passages;

/** A draft passage: a range of the text and how to cite it, before whitespace is settled and ordinals given. */
record Span(int start, int end, String locator, String heading) {
}
