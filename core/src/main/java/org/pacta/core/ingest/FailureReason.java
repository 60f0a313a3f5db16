package org.pacta.core.ingest;

/** Why a file could not be archived; every failure is recorded with one of these and a message. */
public enum FailureReason {
    CORRUPT, ENCRYPTED, TIMEOUT, TOO_LARGE, UNSUPPORTED_TYPE, EMPTY, OCR_UNAVAILABLE, ZIP_BOMB,
    OUT_OF_MEMORY, IO_ERROR, INDEX_REJECTED, SIDECAR_INVALID,
    /** A folder's {@code .pactaignore} has a line that is not a pattern, or cannot be read. */
    IGNORE_FILE_INVALID
}
