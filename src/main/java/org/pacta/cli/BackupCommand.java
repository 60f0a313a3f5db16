package org.pacta.cli;

import org.pacta.core.durability.Backups;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code ./pacta backup DIR}: exit 0 when DIR holds a complete backup, 1 (one line on stderr) otherwise. */
@Command(name = "backup", description = {"Back up the indices and the originals into DIR.",
        "An Elasticsearch snapshot of the indices and a copy of the originals, into DIR (created if missing); "
                + "a repeated backup into DIR copies only what is new."}, footer = {
        "  ./pacta backup /mnt/backups/pacta",
        "  PACTA_ES_URL=http://es:9200 ./pacta backup /mnt/backup --es-repo /mnt/repo"})
public class BackupCommand extends SnapshotCommand {

    @Override
    int run(Backups backups, Path dir) {
        Backups.Backed result = backups.backup(dir);
        System.out.printf("Backed up %d documents, %d agreements, %d catalogued files and %d originals (%d new) "
                        + "to %s (snapshot %s)%n",
                result.documents(), result.agreements(), result.files(), result.originals(), result.originalsCopied(), dir,
                result.snapshot());
        return 0;
    }
}
