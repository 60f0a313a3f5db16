package org.pacta.service;

import org.pacta.config.PactaProperties;
import org.pacta.core.agreement.AgreementRebuild;
import org.pacta.core.agreement.AgreementStore;
import org.pacta.core.document.MetadataReader;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.Archive;
import org.pacta.core.ingest.TextExtractor;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.archive.BulkSettings;
import org.pacta.extraction.ChildProcessTextExtractor;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.LazyTextExtractor;
import org.pacta.extraction.TikaTextExtractor;
import org.pacta.ingest.BlobRebuild;
import org.pacta.ingest.FolderIngest;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.StopSignal;
import org.pacta.ingest.blob.FileBlobStore;
import org.pacta.metadata.TextMetadataReader;
import org.pacta.metadata.passages.StructuredPassages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The parts of an ingest, built from the settings: shared by {@code ./pacta ingest} and the server's ingest jobs. */
public final class IngestComponents implements AutoCloseable {

    private static final String CHILD_HEAP = "512m";

    private final TextExtractor extractor;
    private final FileBlobStore blobs;
    private final Archive archive;
    private final MetadataReader metadataReader;
    private final PassageReader passageReader;
    private final AgreementRebuild agreements;

    private IngestComponents(TextExtractor extractor, FileBlobStore blobs, Archive archive,
                             AgreementRebuild agreements) {
        this.extractor = extractor;
        this.metadataReader = new TextMetadataReader();
        this.passageReader = new StructuredPassages();
        this.blobs = blobs;
        this.archive = archive;
        this.agreements = agreements;
    }

    /** @param ocrLanguages overrides the configured OCR languages when not null */
    public static IngestComponents create(PactaProperties properties, ElasticsearchAdapters elasticsearch, String ocrLanguages) {
        PactaProperties.Ingest ingest = properties.ingest();
        ExtractorConfig config = ExtractorConfig.builder()
                .timeout(ingest.timeout())
                .maxChars(ingest.maxCharacters())
                .ocrEnabled(ingest.ocr())
                .ocrLanguages(ocrLanguages != null ? ocrLanguages : ingest.ocrLanguages())
                .tesseractCommand(ingest.tesseract())
                .build();
        try {
            TextExtractor extractor = new LazyTextExtractor(() -> ingest.isolation() == PactaProperties.Ingest.Isolation.PROCESS
                    ? new ChildProcessTextExtractor(config, ingest.effectiveWorkers(), CHILD_HEAP)
                    : new TikaTextExtractor(config));
            return new IngestComponents(extractor, new FileBlobStore(properties.home().resolve("blobs")),
                    elasticsearch.archive(BulkSettings.defaults().withRefreshEvery(ingest.refreshInterval())),
                    elasticsearch.agreementRebuild());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the blob store under " + properties.home(), e);
        }
    }

    /** What one ingest run did to the documents, and then to the agreements built from them. */
    public record Run(IngestSummary summary, AgreementStore.Changes agreements) {
    }

    /**
     * Ingests the folders, then brings the agreements up to date with every document (not in a dry
     * run). An interrupted run leaves them as the last finished run left them; the next run mends them.
     */
    public Run ingest(List<Path> folders, IngestOptions options, IngestListener listener) {
        return ingest(folders, options, listener, StopSignal.NEVER);
    }

    /** As {@link #ingest(List, IngestOptions, IngestListener)}; a stopped run still brings the agreements up to date with what it stored. */
    public Run ingest(List<Path> folders, IngestOptions options, IngestListener listener, StopSignal stop) {
        IngestSummary summary = new FolderIngest(extractor, metadataReader, passageReader, blobs, archive, options,
                Clock.systemUTC())
                .run(folders, listener, stop);
        return new Run(summary, options.dryRun() ? new AgreementStore.Changes(0, 0, 0) : agreements.run());
    }

    /**
     * Re-extracts every catalogued file from its kept original into the index behind {@code documentsAlias},
     * a new index beside the live one (see {@code ./pacta reindex}); {@code workDir} holds short-lived links.
     */
    public IngestSummary rebuildDocuments(String documentsAlias, Path workDir, IngestListener listener) {
        return new BlobRebuild(extractor, metadataReader, passageReader, blobs, workDir, Clock.systemUTC())
                .run(archive.catalog(), sessionListener -> archive.openSession(documentsAlias, sessionListener), listener);
    }

    /** Brings the agreements up to date with the documents the alias shows, as after an ingest run (after a deletion or a reindex). */
    public AgreementStore.Changes rebuildAgreements() {
        return agreements.run();
    }

    public Archive archive() {
        return archive;
    }

    public TextExtractor extractor() {
        return extractor;
    }

    public FileBlobStore blobs() {
        return blobs;
    }

    @Override
    public void close() {
        extractor.close();
    }
}
