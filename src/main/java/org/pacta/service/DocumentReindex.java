package org.pacta.service;

import org.pacta.core.agreement.AgreementStore;
import org.pacta.core.durability.DocumentIndexVersions;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestSummary;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./pacta reindex}: rebuilds the documents from the kept originals, with the current
 * extractor and mapping, into a new versioned index while the old one keeps answering searches;
 * then moves the alias in one atomic request and deletes the old index. Writes to the old index are
 * blocked meanwhile (an ingest fails loudly instead of writing into an index about to go). If any
 * file fails, nothing is swapped: the new index is dropped and the old one stays.
 */
public final class DocumentReindex {

    /** Searches that resolved the alias just before the swap still run on the old index: let them finish. */
    private static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(2);

    private final DocumentIndexVersions versions;
    private final IngestComponents components;
    private final Path workDir;

    public DocumentReindex(DocumentIndexVersions versions, IngestComponents components, Path workDir) {
        this.versions = versions;
        this.components = components;
        this.workDir = workDir;
    }

    /**
     * @param swapped   whether the alias now points at {@code newIndex}
     * @param agreements what the agreements rebuild changed (nothing when not swapped)
     */
    public record Result(String oldIndex, String newIndex, boolean swapped, long documents, IngestSummary summary,
                         AgreementStore.Changes agreements) {
    }

    public Result run(IngestListener listener) {
        String old = versions.live();
        String next = versions.createNext();
        versions.blockWrites(old, true);
        IngestSummary summary;
        try {
            summary = components.rebuildDocuments(versions.rebuildTarget(), workDir, listener);
        } catch (RuntimeException e) {
            abandon(old, next);
            throw e;
        }
        if (summary.hasFailures()) {
            abandon(old, next);
            return new Result(old, next, false, versions.count(old), summary, new AgreementStore.Changes(0, 0, 0));
        }
        versions.switchTo(old, next);
        sleep(IN_FLIGHT_GRACE);
        versions.delete(old);
        return new Result(old, next, true, versions.count(next), summary, components.rebuildAgreements());
    }

    private void abandon(String old, String next) {
        versions.delete(next);
        versions.blockWrites(old, false);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
