package org.pacta.core.ingest;

import java.time.Instant;

/**
 * What the archive remembers of one file on disk, so a re-run can skip it without reading it.
 *
 * @param path        absolute, normalised path
 * @param documentId  SHA-256 of its bytes
 * @param sidecarStamp size and mtime of its sidecar files, so editing a sidecar re-ingests the file
 */
public record CatalogEntry(String path, long size, long modifiedMillis, String documentId, String sidecarStamp,
                           Instant ingestedAt) {

    public boolean sameStat(long otherSize, long otherModifiedMillis, String otherSidecarStamp) {
        return size == otherSize && modifiedMillis == otherModifiedMillis && sidecarStamp.equals(otherSidecarStamp);
    }
}
