package org.pacta.ingest.extract;

import java.nio.file.Path;

/**
 * Turns a file into text plus technical metadata, or a classified failure.
 * Implementations are thread-safe: one instance serves any number of worker threads.
 * {@link #extract(Path)} never throws for problems with the document itself; those come back as
 * {@link Extraction#failure()}.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(Path file);

    @Override
    void close();
}
