package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.service.IngestComponents;
import org.pacta.web.ingest.IngestReport;
import org.pacta.web.security.LocalServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./pacta ingest DIR...}: handed to the {@code ./pacta serve} running on the same data dir when there is
 * one ({@link ServerIngest}: its JVM is warm), else run here with the data dir's node (attached, or started for
 * the run). The first line says which. Exit 0 when every file is archived, 3 when some failed, 1 on a fatal error,
 * 130 when Ctrl-C stopped a server's job.
 */
@Command(name = "ingest", description = "Ingest folders of PDF, Word, HTML, text, mail and ZIP files.", footer = {
        "  ./pacta ingest ../shared/corpus ../shared/seeds",
        "  ./pacta ingest ~/treaties --ocr-lang eng+tur --prune --workers 2"})
public class IngestCommand implements Callable<Integer> {

    static final int SOME_FAILED = 3;
    /** Stopped by Ctrl-C: the shell's code for SIGINT. */
    static final int CANCELLED = 130;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to ingest (recursively).")
    List<Path> folders;

    @Option(names = "--workers", paramLabel = "N", description = "Files extracted in parallel (default: PACTA_INGEST_WORKERS or one per core).")
    Integer workers;

    @Option(names = "--prune", description = "Remove documents whose files are gone from these folders, or are now excluded.")
    boolean prune;

    @Option(names = "--ocr-lang", paramLabel = "LANGS", description = "Tesseract languages for scans, e.g. eng+tur "
            + "(default: PACTA_OCR_LANGUAGES, or eng).")
    String ocrLanguages;

    @Option(names = "--dry-run", description = "Only say what would be ingested, updated or pruned, and what is "
            + "excluded and by which rule; read and write nothing.")
    boolean dryRun;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out files and folders matching PATTERN, in gitignore syntax relative to each DIR "
                    + "(e.g. '*.jsonl', 'drafts/', '/README.md'); repeatable. Wins over .pactaignore files and the "
                    + "defaults (hidden files, OS and editor leftovers); '!PATTERN' re-includes.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--watch", description = "After the run, keep the folders in sync until Ctrl-C: new and changed "
            + "files are ingested once they are still for PACTA_WATCH_QUIET, removed ones pruned (in this process).")
    boolean watch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PactaProperties configured = CliContext.properties(); // also quietens logging, before patterns are parsed
        Exclusions exclusions;
        try {
            exclusions = Exclusions.standard().withPatterns(excludes, "--exclude");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--exclude': "
                    + e.getMessage()); // a usage error: exit 2
        }
        if (watch && dryRun) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch and --dry-run do not go together");
        }
        String inProcessBecause = inProcessOnly();
        Optional<LocalServer> server = inProcessBecause == null ? LocalServer.find(configured.home()) : Optional.empty();
        if (server.isPresent()) {
            System.out.printf("Ingest: handed to the running server at %s (pid %d); Ctrl-C stops it there.%n",
                    server.get().url(), server.get().pid());
            return new ServerIngest(server.get()).run(folders, prune, excludes, System.out);
        }
        System.out.printf("Ingest: in this process (%s).%n", inProcessBecause != null ? inProcessBecause
                : "no ./pacta serve runs on the data dir " + configured.home());
        return inProcess(configured, exclusions);
    }

    /** Why this run cannot be handed to a running server: options that only this process can honour. */
    private String inProcessOnly() {
        if (dryRun) {
            return "--dry-run";
        }
        if (watch) {
            return "--watch keeps this process watching the folders";
        }
        if (workers != null) {
            return "--workers sets this process's workers; the server has its own (PACTA_INGEST_WORKERS)";
        }
        if (ocrLanguages != null) {
            return "--ocr-lang sets this process's OCR; the server has its own (PACTA_OCR_LANGUAGES)";
        }
        return null;
    }

    private int inProcess(PactaProperties configured, Exclusions exclusions) {
        // --workers also sizes the child-process pool when parsing is isolated in processes.
        PactaProperties properties = workers != null ? configured.withIngestWorkers(workers) : configured;
        IngestOptions options = new IngestOptions(properties.ingest().effectiveWorkers(),
                prune, dryRun, properties.ingest().maxFileSize().toBytes(), exclusions);
        try (CommandCluster cluster = CommandCluster.open(properties);
             IngestComponents components = IngestComponents.create(properties, cluster.adapters(), ocrLanguages)) {
            if (!watch) {
                return once(components, properties, options);
            }
            // Watches until Ctrl-C ends the process (exit 130); the first run's failures are reported, not the exit code.
            new WatchingIngest(components, properties.home().resolve("reports"), System.out)
                    .run(folders, options, CliContext.watchProperties(), () -> once(components, properties, options));
            return CANCELLED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CANCELLED;
        }
    }

    private int once(IngestComponents components, PactaProperties properties, IngestOptions options) {
        IngestComponents.Run run;
        DryRunListing listing = new DryRunListing();
        try (ConsoleProgress progress = new ConsoleProgress("Ingest")) {
            run = components.ingest(folders, options, dryRun ? listing.andThen(progress) : progress);
        }
        if (dryRun) {
            listing.print(System.out);
        }
        components.extractor().setupWarnings().forEach(warning -> System.err.println("pacta: " + warning));
        Path report = IngestReport.write(properties.home().resolve("reports"), run.summary(), Instant.now());
        IngestOutcome outcome = IngestOutcome.of(run, report, dryRun);
        outcome.print(System.out, dryRun);
        return outcome.hasFailures() ? SOME_FAILED : 0;
    }
}
