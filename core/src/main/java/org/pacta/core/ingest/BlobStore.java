package org.pacta.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Original files, content-addressed by SHA-256, so the index can be rebuilt and originals served. */
public interface BlobStore {

    /** Copies the file into the store while hashing it; returns its SHA-256 (hex). Never leaves half-written blobs. */
    String put(Path file) throws IOException;

    Optional<Path> find(String sha256);

    InputStream open(String sha256) throws IOException;
}
