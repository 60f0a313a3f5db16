package org.pacta.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value built on first use, once, however many threads ask: for parts that take seconds to build
 * (Tika's parsers, the party gazetteer) and that a run finding nothing new never needs.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> factory;
    private volatile T value;

    public Lazy(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(factory.get(), "factory returned null");
                }
                current = value;
            }
        }
        return current;
    }

    /** The value if something already asked for it; never builds it. */
    public Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
