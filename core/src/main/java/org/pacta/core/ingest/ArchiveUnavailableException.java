package org.pacta.core.ingest;

/**
 * The archive's store (Elasticsearch) stayed unreachable (or kept refusing writes for reasons that are not the
 * documents' fault) longer than the session's patience. Files not yet reported as stored were not
 * recorded in the catalog, so the next run does them again.
 */
public class ArchiveUnavailableException extends RuntimeException {

    public ArchiveUnavailableException(String message) {
        super(message);
    }

    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
