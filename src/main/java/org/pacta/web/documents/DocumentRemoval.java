package org.pacta.web.documents;

import org.pacta.config.PactaProperties;
import org.pacta.core.agreement.AgreementStore;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.core.search.DocumentReader;
import org.pacta.service.IngestComponents;
import org.pacta.web.support.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Takes a document out of the archive: the document and its archive members, the catalog entries of
 * the files that held it, its stored original and its uploaded copies; then rebuilds the agreements
 * without it. A file still in an ingested folder comes back with the next ingest of that folder.
 */
@Service
class DocumentRemoval {

    /** What a deletion did. */
    record Removed(String id, List<String> forgottenPaths, AgreementStore.Changes agreements) {
    }

    private static final ArchiveSession.Listener IGNORED = new ArchiveSession.Listener() {
        @Override
        public void stored(CatalogEntry file) {
        }

        @Override
        public void rejected(CatalogEntry file, String reason) {
        }
    };

    private final IngestComponents components;
    private final DocumentReader documents;
    private final Path uploads;

    DocumentRemoval(IngestComponents components, DocumentReader documents, PactaProperties properties) {
        this.components = components;
        this.documents = documents;
        this.uploads = properties.home().resolve("uploads").toAbsolutePath().normalize();
    }

    // One deletion at a time: two at once would rebuild the agreements twice over the same documents.
    synchronized Removed remove(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A document id is 64 hexadecimal characters");
        }
        Map<String, Object> metadata = documents.metadata(id);
        if (metadata.isEmpty()) {
            throw new NoSuchElementException("No document " + id);
        }
        if (metadata.get("parent_sha256") != null) {
            throw Problems.exception(HttpStatus.CONFLICT,
                    "Document " + id + " is a member of an archive; delete the archive " + metadata.get("parent_sha256"));
        }
        List<String> paths = components.archive().catalog().values().stream()
                .filter(entry -> id.equals(entry.documentId()))
                .map(CatalogEntry::path)
                .sorted()
                .toList();
        try (ArchiveSession session = components.archive().openSession(IGNORED)) {
            session.replacePaths(id, List.of()); // no paths left: the document and its members go
            paths.forEach(session::forget);
        }
        deleteFiles(id, paths);
        return new Removed(id, paths, components.rebuildAgreements());
    }

    /** The original in the blob store (its id is the hash of its bytes: no other document shares it) and uploaded copies. */
    private void deleteFiles(String id, List<String> paths) {
        try {
            Optional<Path> original = components.blobs().find(id);
            if (original.isPresent()) {
                Files.deleteIfExists(original.get());
            }
            for (String path : paths) {
                Path file = Path.of(path).toAbsolutePath().normalize();
                if (file.startsWith(uploads)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + id + " is out of the index, but a file could not be deleted", e);
        }
    }
}
