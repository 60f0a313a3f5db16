package org.pacta.ingest;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.MetadataReader;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.BlobStore;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;
import org.pacta.core.ingest.TextExtractor;
import org.pacta.ingest.sidecar.InvalidSidecarException;
import org.pacta.ingest.sidecar.Sidecars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds every archived document from its kept original (the blob store) rather than from the
 * folders, which may be gone: the catalog says which paths hold which bytes. Curated fields come
 * from the sidecars still found beside the first path; without them the text's metadata stands.
 */
public final class BlobRebuild {

    private final TextExtractor extractor;
    private final MetadataReader metadataReader;
    private final PassageReader passageReader;
    private final BlobStore blobs;
    private final Path workDir;
    private final Clock clock;

    /** @param workDir where a link named like the original is made, since extraction reads the file name */
    public BlobRebuild(TextExtractor extractor, MetadataReader metadataReader, PassageReader passageReader,
                       BlobStore blobs, Path workDir, Clock clock) {
        this.extractor = extractor;
        this.metadataReader = metadataReader;
        this.passageReader = passageReader;
        this.blobs = blobs;
        this.workDir = workDir;
        this.clock = clock;
    }

    /** @param sessions opens the writing session, given the listener that learns whether each file was stored */
    public IngestSummary run(Map<String, CatalogEntry> catalog, Function<ArchiveSession.Listener, ArchiveSession> sessions,
                             IngestListener listener) {
        Instant started = clock.instant();
        Tally tally = new Tally(listener);
        Map<String, FileResult> pending = new ConcurrentHashMap<>();
        Map<String, List<CatalogEntry>> byDocument = catalog.values().stream()
                .collect(Collectors.groupingBy(CatalogEntry::documentId, TreeMap::new, Collectors.toList()));
        listener.started(byDocument.size(), byDocument.values().stream().mapToLong(entries -> entries.get(0).size()).sum());
        try (ArchiveSession session = sessions.apply(new Verdicts(pending, tally))) {
            Files.createDirectories(workDir);
            for (List<CatalogEntry> entries : byDocument.values()) {
                rebuild(entries.stream().sorted(Comparator.comparing(CatalogEntry::path)).toList(), session, pending, tally);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + workDir + ": " + e.getMessage(), e);
        }
        return tally.summary(Duration.between(started, clock.instant()));
    }

    private void rebuild(List<CatalogEntry> entries, ArchiveSession session, Map<String, FileResult> pending, Tally tally)
            throws IOException {
        CatalogEntry first = entries.get(0);
        List<String> paths = entries.stream().map(CatalogEntry::path).toList();
        Path blob = blobs.find(first.documentId()).orElse(null);
        if (blob == null) {
            tally.record(FileResult.failed(first.path(), first.size(), FailureReason.IO_ERROR,
                    "its original " + first.documentId() + " is missing from the blob store"));
            return;
        }
        Path named = workDir.resolve(first.documentId()).resolve(Path.of(first.path()).getFileName().toString());
        Files.createDirectories(named.getParent());
        Files.deleteIfExists(named);
        Files.createSymbolicLink(named, blob.toAbsolutePath());
        try {
            Extraction extraction = extractor.extract(named);
            if (!extraction.ok()) {
                tally.record(FileResult.failed(first.path(), first.size(), DocumentFactory.reason(extraction),
                        extraction.failure().message()));
                return;
            }
            List<ArchiveDocument> documents = DocumentFactory.documents(extraction, first.documentId(), paths, first.size(),
                    curated(Path.of(first.path()), tally), metadataReader, passageReader, clock.instant(), tally::record);
            pending.put(first.path(), FileResult.archived(first.path(), Outcome.INDEXED, first.size(), first.documentId()));
            session.store(documents, first); // the other paths' catalog entries stay as they are
        } finally {
            Files.deleteIfExists(named);
            Files.deleteIfExists(named.getParent());
        }
    }

    private static AgreementMetadata curated(Path original, Tally tally) {
        try {
            return Sidecars.read(Sidecars.applicable(original.getRoot(), original));
        } catch (InvalidSidecarException e) {
            tally.record(FileResult.failed(e.sidecar().toString(), 0, FailureReason.SIDECAR_INVALID, e.getMessage()));
            return AgreementMetadata.EMPTY;
        }
    }

    /** A file counts as rebuilt once the index has confirmed its documents. */
    private record Verdicts(Map<String, FileResult> pending, Tally tally) implements ArchiveSession.Listener {

        @Override
        public void stored(CatalogEntry file) {
            FileResult result = pending.remove(file.path());
            if (result != null) {
                tally.record(result);
            }
        }

        @Override
        public void rejected(CatalogEntry file, String reason) {
            pending.remove(file.path());
            tally.record(FileResult.failed(file.path(), file.size(), FailureReason.INDEX_REJECTED, reason));
        }
    }
}
