package org.pacta.cli;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.config.PactaProperties;
import org.pacta.core.durability.DurabilityException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the cluster writes and reads snapshots: the local node's own folder, or one the user names for an external cluster. */
final class SnapshotOptions {

    @Option(names = "--es-repo", paramLabel = "PATH", description = "With an external cluster (PACTA_ES_URL): a folder "
            + "listed in the cluster's path.repo and reachable at the same path from this machine.")
    Path externalRepository;

    Path snapshotRoot(PactaProperties properties) {
        if (!properties.es().external()) {
            return ElasticsearchEndpoint.localNode(properties).snapshotRoot();
        }
        if (externalRepository == null) {
            throw new DurabilityException("With an external cluster (PACTA_ES_URL) give --es-repo PATH: a folder in the "
                    + "cluster's path.repo that this machine reaches at the same path");
        }
        return externalRepository.toAbsolutePath().normalize();
    }
}
