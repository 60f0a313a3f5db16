package org.pacta.core.ingest;


import java.util.Objects;

/** A classified extraction failure: a kind to act on and a message for people. */
public record ExtractionFailure(FailureReason kind, String message) {
    public ExtractionFailure {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? kind.name() : message;
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
