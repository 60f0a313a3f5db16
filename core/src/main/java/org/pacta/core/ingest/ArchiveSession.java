package org.pacta.core.ingest;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;

import java.util.List;

/**
 * One ingest run's writes, batched. A file's catalog entry is written only after all of its
 * documents are stored, so a run that stops half-way is finished by the next one, never skipped.
 * Methods may be called from several threads; outcomes arrive through the {@link Listener}.
 */
public interface ArchiveSession extends AutoCloseable {

    /** Stores (or replaces) the documents of one file, then records its catalog entry. */
    void store(List<ArchiveDocument> documents, CatalogEntry file);

    /**
     * Records a file whose bytes are already archived: updates that document's source paths and
     * sets the curated fields this path's sidecars give (none when {@code curated} is empty).
     */
    void addPath(String documentId, List<String> sourcePaths, AgreementMetadata curated, CatalogEntry file);

    /** Sets a document's source paths after one of them changed or vanished; deletes it (and its members) when none remain. */
    void replacePaths(String documentId, List<String> sourcePaths);

    /** Removes a file from the catalog. */
    void forget(String path);

    /** Sends everything still buffered and waits for it; makes it searchable. */
    @Override
    void close();

    interface Listener {
        /** The file's documents and catalog entry are stored. */
        void stored(CatalogEntry file);

        /** The index refused the file's documents for good (after retries). */
        void rejected(CatalogEntry file, String reason);
    }
}
