package org.pacta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What {@code backup} and {@code restore} share: the folder, the repository option and the connection. */
abstract class SnapshotCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The backup folder.")
    Path dir;

    @Mixin
    SnapshotOptions snapshots;

    @Override
    public Integer call() {
        PactaProperties properties = CliContext.properties();
        try (CommandCluster cluster = CommandCluster.open(properties)) {
            return run(properties, cluster.client(), snapshots.snapshotRoot(properties), dir.toAbsolutePath().normalize());
        }
    }

    /** @param snapshotRoot where the cluster may keep snapshot repositories, readable from here */
    abstract int run(PactaProperties properties, ElasticsearchClient client, Path snapshotRoot, Path dir);
}
