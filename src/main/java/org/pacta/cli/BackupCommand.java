package org.pacta.cli;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.config.PactaProperties;
import org.pacta.durability.Backup;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.node.LocalNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code ./pacta backup DIR}: exit 0 when DIR holds a complete backup, 1 (one line on stderr) otherwise. */
@Command(name = "backup", description = "Back up the indices (Elasticsearch snapshot) and the originals into DIR; "
        + "a repeated backup into DIR copies only what is new.")
public class BackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Backup folder (created if missing).")
    Path dir;

    @Mixin
    SnapshotOptions snapshots;

    @Override
    public Integer call() {
        PactaProperties properties = CliContext.properties();
        String prefix = properties.es().indexPrefix();
        try (ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.connect(properties, LocalNode.Lifetime.OWNED);
             ElasticsearchConnection connection = ElasticsearchConnection.open(endpoint.settings())) {
            Backup.Result result = new Backup(connection.client(), prefix, snapshots.snapshotRoot(properties),
                    properties.home().resolve("blobs"), Clock.systemUTC()).run(dir.toAbsolutePath().normalize());
            System.out.printf("Backed up %d documents, %d agreements, %d catalogued files and %d originals (%d new) "
                            + "to %s (snapshot %s)%n",
                    result.count(IndexDefinition.DOCUMENTS.alias(prefix)), result.count(IndexDefinition.AGREEMENTS.alias(prefix)),
                    result.count(IndexDefinition.FILES.alias(prefix)), result.blobs(), result.blobsCopied(), dir,
                    result.snapshot());
            return 0;
        }
    }
}
