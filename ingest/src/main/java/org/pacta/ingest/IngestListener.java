package org.pacta.ingest;

/** Progress of an ingest run, for a progress bar or a job's live counts. Called from worker threads. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** The folders were walked: this many files and bytes are to be looked at. */
    default void started(int files, long bytes) {
    }

    /** One file (or member) is done, whatever its outcome. */
    default void finished(FileResult result) {
    }

    /** A file's extraction sent this many pages or images (its members' included) to OCR. */
    default void ocrPages(int pages) {
    }
}
