package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.service.IngestComponents;
import org.pacta.web.ingest.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./pacta ingest DIR...}: no web server, the data dir's node (attached, or started for the run).
 * Exit 0 when every file is archived, 3 when some failed, 1 on a fatal error.
 */
@Command(name = "ingest", description = "Ingest folders of PDF, Word, HTML, text, mail and ZIP files.", footer = {
        "  ./pacta ingest ../shared/corpus ../shared/seeds",
        "  ./pacta ingest ~/treaties --ocr-lang eng+tur --prune --workers 2"})
public class IngestCommand implements Callable<Integer> {

    static final int SOME_FAILED = 3;

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
        // --workers also sizes the child-process pool when parsing is isolated in processes.
        PactaProperties properties = workers != null ? configured.withIngestWorkers(workers) : configured;
        IngestOptions options = new IngestOptions(properties.ingest().effectiveWorkers(),
                prune, dryRun, properties.ingest().maxFileSize().toBytes(), exclusions);
        try (CommandCluster cluster = CommandCluster.open(properties);
             IngestComponents components = IngestComponents.create(properties, cluster.adapters(), ocrLanguages)) {
            IngestComponents.Run run;
            DryRunListing listing = new DryRunListing();
            try (ConsoleProgress progress = new ConsoleProgress("Ingest")) {
                run = components.ingest(folders, options, dryRun ? listing.andThen(progress) : progress);
            }
            if (dryRun) {
                listing.print(System.out);
            }
            IngestSummary summary = run.summary();
            components.extractor().setupWarnings().forEach(warning -> System.err.println("pacta: " + warning));
            Path report = IngestReport.write(properties.home().resolve("reports"), summary, Instant.now());
            print(summary, report);
            if (!dryRun) {
                System.out.printf("Agreements: %d written, %d unchanged, %d removed%n", run.agreements().written(),
                        run.agreements().unchanged(), run.agreements().deleted());
            }
            return summary.hasFailures() ? SOME_FAILED : 0;
        }
    }

    private void print(IngestSummary summary, Path report) {
        double seconds = summary.elapsed().toMillis() / 1000.0;
        System.out.printf("%s%d files in %.1f s (%.1f MB/s): %d indexed, %d updated, %d unchanged, %d duplicates, "
                        + "%d failed, %d skipped, %d excluded, %d pruned%n",
                dryRun ? "Dry run, nothing written. " : "", summary.count(Outcome.INDEXED) + summary.count(Outcome.UPDATED)
                        + summary.count(Outcome.UNCHANGED) + summary.count(Outcome.DUPLICATE) + summary.count(Outcome.FAILED),
                seconds, summary.bytesRead() / 1e6 / Math.max(seconds, 0.001),
                summary.count(Outcome.INDEXED), summary.count(Outcome.UPDATED), summary.count(Outcome.UNCHANGED),
                summary.count(Outcome.DUPLICATE), summary.count(Outcome.FAILED), summary.count(Outcome.SKIPPED),
                summary.count(Outcome.EXCLUDED), summary.count(Outcome.PRUNED));
        List<FileResult> failures = summary.failures();
        if (!failures.isEmpty()) {
            System.out.println("Failed (" + failures.size() + "):");
            failures.forEach(f -> System.out.printf("  %-16s %s: %s%n", f.reason().name().toLowerCase(), f.path(), f.message()));
        }
        System.out.println("Report: " + report);
    }
}
