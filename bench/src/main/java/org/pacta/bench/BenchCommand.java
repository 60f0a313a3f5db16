package org.pacta.bench;

import org.pacta.Pacta;
import org.pacta.cli.CliContext;
import org.pacta.cli.CommandCluster;
import org.pacta.config.PactaProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./pacta bench …}: speed measured as ratios against references run in the same process, interleaved
 * (absolute times drift on shared machines). BENCHMARKS.md has the method and the figures.
 */
@Command(name = Pacta.BENCH, description = Pacta.BENCH_DESCRIPTION, footer = {
        "  ./pacta bench ingest ../shared/bench",
        "  ./pacta bench search --documents 2000 --seconds 10"},
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Corpus.class, BenchCommand.Search.class, BenchCommand.Ocr.class,
                BenchCommand.SharedText.class})
public class BenchCommand {

    @Command(name = "ingest", description = {"Ingest throughput against raw Tika and raw bulk indexing.",
            "Time Pacta's ingest of DIR against raw Tika extraction and raw Elasticsearch bulk indexing, interleaved, "
                    + "then an unchanged re-ingest. Uses fresh indices (deleted afterwards) on the data dir's node "
                    + "or the external cluster."}, footer = {
            "  ./pacta bench ingest ../shared/bench",
            "  ./pacta bench ingest /tmp/bench-x4 --workers 2 --rounds 1"})
    static class Ingest implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder to ingest.")
        Path folder;

        @Option(names = "--workers", paramLabel = "N", description = "Threads for Pacta and raw Tika (default: PACTA_INGEST_WORKERS or one per core).")
        Integer workers;

        @Option(names = "--rounds", defaultValue = "3", description = "Interleaved rounds.")
        int rounds;

        @Override
        public Integer call() {
            PactaProperties properties = CliContext.properties();
            int threads = workers != null ? workers : properties.ingest().effectiveWorkers();
            try (CommandCluster cluster = CommandCluster.open(properties)) {
                IngestBenchmarkResult result = new IngestBenchmark(properties, cluster.connection(), cluster.nodePid(), System.err)
                        .run(folder, threads, rounds);
                System.out.println();
                result.print(System.out);
                return 0;
            }
        }
    }

    @Command(name = "ocr", description = {"OCR with the bundled Tesseract against another one.",
            "OCR the scanned FILES with the bundled Tesseract and with another one (the system's by default), "
                    + "interleaved: words read and seconds per page, as ratios."}, footer = {
            "  ./pacta bench ocr ../shared/corpus/agreements/tota_262.pdf",
            "  ./pacta bench ocr scan1.pdf scan2.png --against /opt/tesseract/bin/tesseract --ocr-lang eng+fra"})
    static class Ocr implements Callable<Integer> {

        @Parameters(paramLabel = "FILES", arity = "1..*", description = "Scanned PDFs or images.")
        java.util.List<Path> files;

        @Option(names = "--against", defaultValue = "/usr/bin/tesseract", paramLabel = "TESSERACT",
                description = "The Tesseract to compare with: a path or a name on the PATH.")
        String against;

        @Option(names = "--ocr-lang", defaultValue = "eng", paramLabel = "LANGS", description = "Tesseract languages.")
        String languages;

        @Option(names = "--rounds", defaultValue = "2", description = "Interleaved rounds.")
        int rounds;

        @Override
        public Integer call() {
            new OcrBenchmark(System.out).run(files, against, languages, rounds);
            return 0;
        }
    }

    @Command(name = "corpus", description = {"Build a larger benchmark folder from copies of the files.",
            "K copies of every file of --from under OUT/copy-NNN/, each changed so that its SHA-256 differs and its "
                    + "text does not."}, footer = {
            "  ./pacta bench corpus /tmp/bench-x4",
            "  ./pacta bench corpus /tmp/bench-x10 --copies 10 --from ~/treaties"})
    static class Corpus implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "OUT", description = "Folder to write the copies to.")
        Path out;

        @Option(names = "--copies", defaultValue = "4", paramLabel = "K", description = "Copies of each file.")
        int copies;

        @Option(names = "--from", defaultValue = "../shared/bench", paramLabel = "DIR",
                description = "Source folder, relative to the current folder.")
        Path from;

        @Override
        public Integer call() {
            BenchCorpus.Result result = BenchCorpus.build(from, out, copies, System.err);
            System.out.printf("%d files written under %s (%d copies of %d files, %.1f MB)%s%n", result.written(),
                    result.out(), result.copies(), result.sources(), result.bytes() / 1e6,
                    result.unchanged() == 0 ? "" : "; " + result.unchanged()
                            + " copied unchanged (formats without a harmless change: they will be duplicates)");
            System.out.println("Text checked with Tika after the change: " + result.verified());
            return 0;
        }
    }

    @Command(name = "search", description = {"Search latency of the API against Elasticsearch alone.",
            "Builds (or reuses) an archive of N documents generated from the archive's texts (ingest ../shared/bench "
                    + "first) with their passages, through Pacta's own writing session; then a seeded mix of words, "
                    + "phrases, a party by name, year ranges, facets on every search, deep pages and documents' passages "
                    + "through the API and, interleaved, straight to Elasticsearch, at each number of clients."}, footer = {
            "  ./pacta bench search --documents 100000",
            "  ./pacta bench search --documents 2000 --clients 1,8 --seconds 20"})
    static class Search implements Callable<Integer> {

        @Option(names = {"--documents", "--docs"}, defaultValue = "100000", description = "Documents in the bench archive.")
        int documents;

        @Option(names = "--clients", defaultValue = "1,8", split = ",", description = "Numbers of concurrent clients, measured in turn.")
        List<Integer> clients;

        @Option(names = "--seconds", defaultValue = "60", description = "Measured seconds per side and number of clients.")
        int seconds;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the query mix.")
        long seed;

        @Override
        public Integer call() {
            PactaProperties properties = CliContext.properties();
            try (CommandCluster cluster = CommandCluster.open(properties)) {
                SearchBenchmark.Result result = new SearchBenchmark(properties, cluster.connection(), System.err)
                        .run(documents, clients, seconds, seed);
                System.out.println();
                result.print(System.out);
                return 0;
            }
        }
    }

    @Command(name = "shared-text", description = {"Matching the whole archive, and recall on planted copies.",
            "Reads every passage of the data dir's archive (ingest ../shared/bench first), matches them all from scratch "
                    + "(the reference: reading them), then pastes runs of words cut from passages into passages of other "
                    + "documents and counts the copies the matcher pairs."}, footer = {
            "  ./pacta bench shared-text",
            "  ./pacta bench shared-text --plants 500 --plant-words 50 --seed 7"})
    static class SharedText implements Callable<Integer> {

        @Option(names = "--rounds", defaultValue = "3", description = "Times the whole archive is matched.")
        int rounds;

        @Option(names = "--plants", defaultValue = "200", description = "Copies planted.")
        int plants;

        @Option(names = "--plant-words", defaultValue = "50", description = "Words per planted copy.")
        int plantWords;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the planting.")
        long seed;

        @Override
        public Integer call() {
            PactaProperties properties = CliContext.properties();
            try (CommandCluster cluster = CommandCluster.open(properties)) {
                SharedTextBenchmark.Result result = new SharedTextBenchmark(cluster.adapters().passageTexts(),
                        CliContext.sharedTextProperties().settings(), System.err).run(rounds, plants, plantWords, seed);
                System.out.println();
                result.print(System.out);
                return 0;
            }
        }
    }
}
