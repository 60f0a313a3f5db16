package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.ingest.FileResult;
import org.pacta.service.DocumentReindex;
import org.pacta.service.IngestComponents;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code ./pacta reindex}: exit 0 when the alias points at the rebuilt index, 3 when some file could
 * not be rebuilt (nothing swapped, the old index stays), 1 on a fatal error.
 */
@Command(name = "reindex", description = {"Rebuild the documents from the kept originals.",
        "Reads the originals again with the current extractor and mapping into a new index, then switches "
                + "searches to it atomically."}, footer = {
        "  ./pacta reindex                          the repository's data dir",
        "  PACTA_HOME=/srv/pacta ./pacta reindex    another data dir"})
public class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PactaProperties properties = CliContext.properties();
        try (CommandCluster cluster = CommandCluster.open(properties);
             IngestComponents components = IngestComponents.create(properties, cluster.adapters(), null)) {
            DocumentReindex.Result result;
            try (ConsoleProgress progress = new ConsoleProgress("Reindex")) {
                result = new DocumentReindex(cluster.adapters().documentIndexVersions(), components,
                        properties.home().resolve("reindex")).run(progress);
            }
            if (!result.swapped()) {
                System.out.printf("Not switched: %d files could not be rebuilt; searches still use %s%n",
                        result.summary().failures().size(), result.oldIndex());
                for (FileResult failure : result.summary().failures()) {
                    System.out.printf("  %-16s %s: %s%n", failure.reason().name().toLowerCase(), failure.path(),
                            failure.message());
                }
                return IngestCommand.SOME_FAILED;
            }
            System.out.printf("Rebuilt %d documents into %s; searches switched from %s (deleted)%n", result.documents(),
                    result.newIndex(), result.oldIndex());
            System.out.printf("Agreements: %d written, %d unchanged, %d removed%n", result.agreements().written(),
                    result.agreements().unchanged(), result.agreements().deleted());
            return 0;
        }
    }
}
