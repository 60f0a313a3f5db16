package org.pacta.cli;

import org.pacta.core.durability.Backups;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code ./pacta restore DIR}: exit 0 when the indices and originals are back, 1 (one line on stderr) otherwise. */
@Command(name = "restore", description = {"Restore the indices and originals of a backup in DIR.",
        "Replaces the indices with those of the backup and copies back its originals. "
                + "Stop ./pacta serve first: searches fail while the indices are replaced."}, footer = {
        "  ./pacta restore /mnt/backups/pacta",
        "  PACTA_ES_URL=http://es:9200 ./pacta restore /mnt/backup --es-repo /mnt/repo"})
public class RestoreCommand extends SnapshotCommand {

    @Override
    int run(Backups backups, Path dir) {
        Backups.Restored result = backups.restore(dir);
        System.out.printf("Restored the backup of %s from %s; %d originals copied back%n", result.created(), dir,
                result.originalsCopied());
        result.indices().forEach(index -> System.out.printf("  %-24s %8d  (%s)%n", index.alias(), index.count(),
                index.index()));
        return 0;
    }
}
