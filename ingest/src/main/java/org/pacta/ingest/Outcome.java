package org.pacta.ingest;

/** What an ingest run did with one file. */
public enum Outcome {
    /** New content, indexed. */
    INDEXED,
    /** A known path whose content changed, re-indexed. */
    UPDATED,
    /** Same path, size, mtime and sidecars as last time: not read again. */
    UNCHANGED,
    /** Bytes already archived under another path: only the path was added. */
    DUPLICATE,
    /** Could not be archived; the reason is in the report. */
    FAILED,
    /** Not a document that can be read (symbolic link, device, unreadable folder). */
    SKIPPED,
    /**
     * Left out by an exclusion rule: hidden, an OS or editor leftover, a {@code .pactaignore} line or an
     * exclude pattern. An excluded folder is one result, and is not walked.
     */
    EXCLUDED,
    /** Gone from disk and removed from the archive ({@code --prune}). */
    PRUNED;

    /** A document was written for the file (new, changed, or a new path of known bytes): what progress rates count. */
    public boolean wroteDocument() {
        return this == INDEXED || this == UPDATED || this == DUPLICATE;
    }
}
