package org.pacta.metadata.fields;

import org.pacta.core.document.Evidence;

/** A value read from a document, with why: the sentence, its offsets and a confidence. */
public record Finding<T>(T value, Evidence evidence) {
}
