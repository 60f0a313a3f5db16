package org.pacta.extraction;

import org.pacta.core.Lazy;
import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.TextExtractor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the real extractor on first use: loading Tika's parsers takes a second or more, which a
 * run that finds every file unchanged never needs to pay.
 */
public final class LazyTextExtractor implements TextExtractor {

    private final Lazy<TextExtractor> delegate;

    public LazyTextExtractor(Supplier<TextExtractor> factory) {
        this.delegate = new Lazy<>(factory);
    }

    @Override
    public Extraction extract(Path file) {
        return delegate.get().extract(file);
    }

    /** Only what the extractor, if it was needed, found wrong with the set-up. */
    @Override
    public List<String> setupWarnings() {
        return delegate.ifBuilt().map(TextExtractor::setupWarnings).orElse(List.of());
    }

    @Override
    public void close() {
        delegate.ifBuilt().ifPresent(TextExtractor::close);
    }
}
