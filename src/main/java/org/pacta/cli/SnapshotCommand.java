package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.core.durability.Backups;
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
            Backups backups = cluster.adapters().backups(snapshots.snapshotRoot(properties), properties.home().resolve("blobs"));
            return run(backups, dir.toAbsolutePath().normalize());
        }
    }

    abstract int run(Backups backups, Path dir);
}
