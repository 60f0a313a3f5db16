package org.pacta.ingest.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the real extractor on first use: loading Tika's parsers takes a second or more, which a
 * run that finds every file unchanged never needs to pay.
 */
public final class LazyTextExtractor implements TextExtractor {

    private final Supplier<TextExtractor> factory;
    private volatile TextExtractor delegate;

    public LazyTextExtractor(Supplier<TextExtractor> factory) {
        this.factory = factory;
    }

    private TextExtractor delegate() {
        TextExtractor current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = factory.get();
                }
                current = delegate;
            }
        }
        return current;
    }

    @Override
    public Extraction extract(Path file) {
        return delegate().extract(file);
    }

    /** Only what the extractor, if it was needed, found wrong with the set-up. */
    @Override
    public List<String> setupWarnings() {
        TextExtractor current = delegate;
        return current == null ? List.of() : current.setupWarnings();
    }

    @Override
    public void close() {
        TextExtractor current = delegate;
        if (current != null) {
            current.close();
        }
    }
}
