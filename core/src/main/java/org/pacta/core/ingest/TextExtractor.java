package org.pacta.core.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns a file into text plus technical metadata, or a classified failure.
 * Implementations are thread-safe: one instance serves any number of worker threads.
 * {@link #extract(Path)} never throws for problems with the document itself; those come back as
 * {@link Extraction#failure()}.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(Path file);

    /** Problems with the set-up that users should hear about once, e.g. OCR unavailable. */
    default List<String> setupWarnings() {
        return List.of();
    }

    @Override
    void close();
}
