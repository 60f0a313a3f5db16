package org.pacta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.durability.Backup;
import org.pacta.elasticsearch.index.IndexDefinition;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Clock;

/** {@code ./pacta backup DIR}: exit 0 when DIR holds a complete backup, 1 (one line on stderr) otherwise. */
@Command(name = "backup", description = {"Back up the indices and the originals into DIR.",
        "An Elasticsearch snapshot of the indices and a copy of the originals, into DIR (created if missing); "
                + "a repeated backup into DIR copies only what is new."}, footer = {
        "  ./pacta backup /mnt/backups/pacta",
        "  PACTA_ES_URL=http://es:9200 ./pacta backup /mnt/backup --es-repo /mnt/repo"})
public class BackupCommand extends SnapshotCommand {

    @Override
    int run(PactaProperties properties, ElasticsearchClient client, Path snapshotRoot, Path dir) {
        String prefix = properties.es().indexPrefix();
        Backup.Result result = new Backup(client, prefix, snapshotRoot, properties.home().resolve("blobs"), Clock.systemUTC())
                .run(dir);
        System.out.printf("Backed up %d documents, %d agreements, %d catalogued files and %d originals (%d new) "
                        + "to %s (snapshot %s)%n",
                result.count(IndexDefinition.DOCUMENTS.alias(prefix)), result.count(IndexDefinition.AGREEMENTS.alias(prefix)),
                result.count(IndexDefinition.FILES.alias(prefix)), result.blobs(), result.blobsCopied(), dir,
                result.snapshot());
        return 0;
    }
}
