package org.pacta.metadata;

import org.pacta.core.Lazy;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.MetadataReader;
import org.pacta.metadata.document.DocumentText;

/**
 * The ingest pipeline's metadata reader: parties, dates, place, status, type and title read from each
 * document's text. The extractor is built on first read, since its gazetteer takes seconds and a run
 * that finds every file unchanged never reads a text.
 */
public final class TextMetadataReader implements MetadataReader {

    private final Lazy<MetadataExtractor> extractor = new Lazy<>(MetadataExtractor::new);

    @Override
    public AgreementMetadata read(String text, String title, String fileName, String language) {
        return extractor.get().extract(new DocumentText(text, title, fileName, language));
    }
}
