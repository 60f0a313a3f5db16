package org.pacta.ingest;

import org.pacta.core.ingest.FailureReason;

/**
 * The outcome for one file (or archive member, whose path reads {@code archive.zip!/member}).
 *
 * @param documentId the archived document holding the file's bytes, when there is one
 * @param reason     why it failed or was skipped; null otherwise
 * @param message    a readable explanation for the report (for an excluded file, the rule that excludes it)
 */
public record FileResult(String path, Outcome outcome, long bytes, String documentId, FailureReason reason,
                         String message) {

    /** An archive member, not a file on disk. */
    public boolean archiveMember() {
        return path.contains(DocumentFactory.MEMBER_SEPARATOR);
    }

    /** One of the files that {@link IngestListener#started} counted: on disk, and read (not skipped or excluded). */
    public boolean countedFile() {
        return outcome != Outcome.SKIPPED && outcome != Outcome.EXCLUDED && !archiveMember();
    }

    static FileResult of(String path, Outcome outcome, long bytes) {
        return new FileResult(path, outcome, bytes, null, null, null);
    }

    static FileResult archived(String path, Outcome outcome, long bytes, String documentId) {
        return new FileResult(path, outcome, bytes, documentId, null, null);
    }

    static FileResult failed(String path, long bytes, FailureReason reason, String message) {
        return new FileResult(path, Outcome.FAILED, bytes, null, reason, message);
    }

    static FileResult skipped(String path, String message) {
        return new FileResult(path, Outcome.SKIPPED, 0, null, null, message);
    }

    /** @param why the rule that excludes it, e.g. {@code hidden} or {@code /f/.pactaignore:2 drafts/} */
    static FileResult excluded(String path, String why) {
        return new FileResult(path, Outcome.EXCLUDED, 0, null, null, why);
    }
}
