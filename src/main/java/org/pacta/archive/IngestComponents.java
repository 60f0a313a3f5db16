package org.pacta.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.core.document.MetadataReader;
import org.pacta.elasticsearch.archive.BulkSettings;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;
import org.pacta.ingest.blob.FileBlobStore;
import org.pacta.ingest.extract.ExtractorConfig;
import org.pacta.ingest.extract.LazyTextExtractor;
import org.pacta.ingest.extract.ChildProcessTextExtractor;
import org.pacta.ingest.extract.TextExtractor;
import org.pacta.ingest.extract.TikaTextExtractor;
import org.pacta.ingest.pipeline.FolderIngest;
import org.pacta.ingest.pipeline.IngestOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The parts of an ingest, built from the settings: shared by {@code ./pacta ingest} and the server's ingest jobs. */
public final class IngestComponents implements AutoCloseable {

    private static final String CHILD_HEAP = "512m";

    private final TextExtractor extractor;
    private final FileBlobStore blobs;
    private final ElasticsearchArchive archive;
    private final MetadataReader metadataReader = MetadataReader.NONE;

    private IngestComponents(TextExtractor extractor, FileBlobStore blobs, ElasticsearchArchive archive) {
        this.extractor = extractor;
        this.blobs = blobs;
        this.archive = archive;
    }

    /** @param ocrLanguages overrides the configured OCR languages when not null */
    public static IngestComponents create(PactaProperties properties, ElasticsearchClient client, String ocrLanguages) {
        PactaProperties.Ingest ingest = properties.ingest();
        ExtractorConfig config = ExtractorConfig.builder()
                .timeout(ingest.timeout())
                .maxChars(ingest.maxCharacters())
                .ocrEnabled(ingest.ocr())
                .ocrLanguages(ocrLanguages != null ? ocrLanguages : ingest.ocrLanguages())
                .build();
        try {
            TextExtractor extractor = new LazyTextExtractor(() -> ingest.isolation() == PactaProperties.Ingest.Isolation.PROCESS
                    ? new ChildProcessTextExtractor(config, ingest.effectiveWorkers(), CHILD_HEAP)
                    : new TikaTextExtractor(config));
            return new IngestComponents(extractor, new FileBlobStore(properties.home().resolve("blobs")),
                    new ElasticsearchArchive(client, properties.es().indexPrefix(), BulkSettings.defaults()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the blob store under " + properties.home(), e);
        }
    }

    public FolderIngest folderIngest(IngestOptions options) {
        return new FolderIngest(extractor, metadataReader, blobs, archive, options, Clock.systemUTC());
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
