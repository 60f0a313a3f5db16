package org.pacta.cli;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.config.PactaProperties;
import org.pacta.durability.Restore;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.LocalNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./pacta restore DIR}: exit 0 when the indices and originals are back, 1 (one line on stderr) otherwise. */
@Command(name = "restore", description = "Replace the indices with those of a backup and copy back its originals. "
        + "Stop ./pacta serve first: searches fail while the indices are replaced.")
public class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder written by ./pacta backup.")
    Path dir;

    @Mixin
    SnapshotOptions snapshots;

    @Override
    public Integer call() {
        PactaProperties properties = CliContext.properties();
        try (ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.connect(properties, LocalNode.Lifetime.OWNED);
             ElasticsearchConnection connection = ElasticsearchConnection.open(endpoint.settings())) {
            Restore.Result result = new Restore(connection.client(), properties.es().indexPrefix(),
                    snapshots.snapshotRoot(properties), properties.home().resolve("blobs"))
                    .run(dir.toAbsolutePath().normalize());
            System.out.printf("Restored the backup of %s from %s; %d originals copied back%n", result.created(), dir,
                    result.blobsCopied());
            result.indices().forEach(index -> System.out.printf("  %-24s %8d  (%s)%n", index.alias(), index.count(),
                    index.index()));
            return 0;
        }
    }
}
