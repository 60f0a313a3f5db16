package org.pacta.elasticsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh folders for tests, under the module's {@code target/}, not {@code /tmp}: JUnit's 0700
 * temp folders would shut out the node's unprivileged user when the tests run as root.
 */
public final class TestDirs {

    private TestDirs() {
    }

    /** A new, empty folder {@code target/<group>/<name>-<unique>}. */
    public static Path fresh(String group, String name) {
        Path dir = Path.of(System.getProperty("pacta.test.es-home", "target/test-es-home")).resolveSibling(group)
                .resolve(name + "-" + Long.toHexString(System.nanoTime()));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
