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
import org.pacta.metadata.DocumentText;
import org.pacta.metadata.MetadataExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The parts of an ingest, built from the settings: shared by {@code ./pacta ingest} and the server's ingest jobs. */
public final class IngestComponents implements AutoCloseable {

    private static final String CHILD_HEAP = "512m";

    private final TextExtractor extractor;
    private final FileBlobStore blobs;
    private final ElasticsearchArchive archive;
    private final MetadataReader metadataReader;

    private IngestComponents(TextExtractor extractor, FileBlobStore blobs, ElasticsearchArchive archive) {
        this.extractor = extractor;
        this.metadataReader = textReader();
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

    /** Parties, dates, place, status, type and title read from each document's text; built on first use (the gazetteer takes seconds). */
    private static MetadataReader textReader() {
        java.util.function.Supplier<MetadataExtractor> extractor = memoize(MetadataExtractor::new);
        return (text, title, fileName, language) ->
                extractor.get().extract(new DocumentText(text, title, fileName, language));
    }

    private static <T> java.util.function.Supplier<T> memoize(java.util.function.Supplier<T> factory) {
        return new java.util.function.Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T current = value;
                if (current == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = factory.get();
                        }
                        current = value;
                    }
                }
                return current;
            }
        };
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
