package org.pacta.elasticsearch.node;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the local node's distribution and plugin are, where its files go, and how big it may get.
 *
 * @param distribution the unpacked Elasticsearch distribution (read-only for the node)
 * @param pluginZip    Pacta's analysis plugin, installed into the distribution offline
 * @param dataDir      the Pacta data dir; the node lives in {@code dataDir/es}
 * @param heap         JVM heap, e.g. {@code 512m}; set explicitly, never the 50 %-of-RAM default
 * @param startTimeout how long to wait for the node to report green
 * @param systemUser   the unprivileged user the node runs as when Pacta runs as root
 */
public record LocalNodeSettings(Path distribution, Path pluginZip, Path dataDir, String heap,
                                Duration startTimeout, String systemUser) {

    public LocalNodeSettings {
        distribution = distribution.toAbsolutePath().normalize();
        pluginZip = pluginZip == null ? null : pluginZip.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        if (!heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("Heap must look like 512m or 1g, not: " + heap);
        }
    }

    public Path nodeDir() {
        return dataDir.resolve("es");
    }

    /** The node's {@code path.repo}: snapshot repositories may only live under it. */
    public Path snapshotRoot() {
        return nodeDir().resolve("snapshots");
    }
}
