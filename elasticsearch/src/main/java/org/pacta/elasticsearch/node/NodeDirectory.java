package org.pacta.elasticsearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The node's folder in the data dir: its own copy of the distribution's config, data, logs and temp files.
 *
 * @param snapshotRoot where the node may keep snapshot repositories ({@code path.repo}), made with the rest
 */
record NodeDirectory(Path nodeDir, Path distribution, Path snapshotRoot) {

    Path config() {
        return nodeDir.resolve("config");
    }

    Path data() {
        return nodeDir.resolve("data");
    }

    Path logs() {
        return nodeDir.resolve("logs");
    }

    Path tmp() {
        return nodeDir.resolve("tmp");
    }

    /** Ready for a start: folders made, the last run's port files gone, the config copied once. */
    void prepare() {
        for (Path dir : List.of(data(), logs(), tmp(), snapshotRoot)) {
            createDirectories(dir);
        }
        try {
            deleteQuietly(logs().resolve("http.ports"));
            deleteQuietly(logs().resolve("transport.ports"));
            if (!Files.exists(config().resolve("elasticsearch.yml"))) {
                copyTree(distribution.resolve("config"), config());
            }
            // The node writes its keystore into config/, so it gets its own copy; GC logs stay small.
            String options = Files.readString(distribution.resolve("config/jvm.options"))
                    .replace("filecount=32,filesize=64m", "filecount=4,filesize=16m");
            Files.writeString(config().resolve("jvm.options"), options);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot prepare the node's directory " + nodeDir + ": " + e.getMessage(), e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new LocalNodeException("No Elasticsearch distribution at " + from.getParent()
                    + ". Build the project first (./mvnw -B -DskipTests package) or set PACTA_ES_DISTRIBUTION.");
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
