package org.pacta.bench;

import org.pacta.config.PactaProperties;
import org.pacta.core.ingest.TextExtractor;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.archive.BulkSettings;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;
import org.pacta.service.IngestComponents;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./pacta bench ingest}: Pacta's ingest of a folder against its two ceilings, measured interleaved
 * in the same JVM against the same Elasticsearch, so that the ratios hold on a shared machine whose
 * absolute speed drifts.
 *
 * <ol>
 *   <li>Warm-up, not counted: one Pacta ingest of the folder on the cold JVM; the JSON documents it
 *       wrote are read back as the input of (c).</li>
 *   <li>Rounds of (a) Pacta's full ingest into fresh indices and a fresh blob store, timed from the
 *       start of {@code FolderIngest.run} until it returns, when everything is searchable;
 *       (b) {@link RawTika raw Tika} on the same files and thread count; (c) {@link RawBulk raw bulk}
 *       of Pacta's documents into a fresh index of Pacta's mapping. Each round's indices are deleted
 *       once measured.</li>
 *   <li>(d) Pacta's ingest again over the last round's archive, every file unchanged.</li>
 * </ol>
 * Index prefixes are {@code <prefix>-bench-<run>-<w|a1|c1…>}; blobs go under {@code <home>/bench/<run>/},
 * removed at the end.
 */
public final class IngestBenchmark {

    /** What a variant is. */
    public enum Variant { PACTA, TIKA, BULK }

    private final PactaProperties properties;
    private final ElasticsearchConnection connection;
    private final PrintStream progress;
    private final CpuWatch cpu;

    /**
     * @param nodePid  the local node's pid, whose CPU time is then reported; -1 for an external cluster
     * @param progress where to say what runs (stderr for the command)
     */
    public IngestBenchmark(PactaProperties properties, ElasticsearchConnection connection, long nodePid,
                           PrintStream progress) {
        this.properties = properties;
        this.connection = connection;
        this.progress = progress;
        this.cpu = new CpuWatch(nodePid);
    }

    public IngestBenchmarkResult run(Path folder, int workers, int rounds) {
        if (workers < 1 || rounds < 1) {
            throw new IllegalArgumentException("--workers and --rounds must be at least 1");
        }
        BenchFiles files = BenchFiles.under(folder);
        if (files.files().isEmpty()) {
            throw new IllegalArgumentException("No files to ingest under " + folder);
        }
        String run = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36); // 6 base-36 digits
        String base = properties.es().indexPrefix() + "-bench-" + run;
        Path benchHome = properties.home().resolve("bench").resolve(run).toAbsolutePath();
        List<String> prefixes = new ArrayList<>();
        Map<Variant, List<IngestBenchmarkResult.Sample>> samples = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            samples.put(v, new ArrayList<>());
        }
        try (MemoryWatch memory = MemoryWatch.start()) {
            progress.printf("bench: %d files, %.1f MB under %s; %d workers, %d round(s); indices %s-*%n",
                    files.files().size(), files.bytes() / 1e6, files.root(), workers, rounds, base);

            // Warm-up: a cold-JVM ingest whose documents become the raw bulk's input.
            String warmPrefix = base + "-w";
            prefixes.add(warmPrefix);
            IngestBenchmarkResult.Sample warmUp;
            RawBulk bulk;
            RawTika tika;
            try (IngestComponents components = components(benchHome.resolve("w"), warmPrefix)) {
                progress.println("bench: warm-up (Pacta ingest on the cold JVM, not counted)…");
                warmUp = timePacta(components, warmPrefix, files, workers, memory).sample();
                bulk = RawBulk.readFrom(connection.restClient(), IndexDefinition.DOCUMENTS.alias(warmPrefix),
                        BulkSettings.defaults());
                tika = rawTika(components.extractor());
            }
            deleteIndices(warmPrefix);
            deleteTree(benchHome.resolve("w"));
            progress.printf("bench: warm-up %.1f s; raw bulk input: %d documents, %.1f MB of JSON in %d requests%n",
                    seconds(warmUp.elapsed()), bulk.documents(), bulk.sourceBytes() / 1e6, bulk.requests());

            PactaRun lastPacta = null;
            IngestComponents lastComponents = null;
            RawTika.Result tikaResult = null;
            try {
                for (int round = 1; round <= rounds; round++) {
                    // (a) Pacta
                    String prefix = base + "-a" + round;
                    prefixes.add(prefix);
                    Path home = benchHome.resolve("a" + round);
                    IngestComponents components = components(home, prefix);
                    PactaRun pacta;
                    try {
                        pacta = timePacta(components, prefix, files, workers, memory);
                    } catch (RuntimeException e) {
                        components.close();
                        throw e;
                    }
                    samples.get(Variant.PACTA).add(pacta.sample());
                    lastPacta = pacta;
                    if (round < rounds) {
                        components.close();
                        deleteIndices(prefix);
                        deleteTree(home);
                    } else {
                        lastComponents = components; // (d) runs on this archive
                    }

                    // (b) raw Tika
                    settle(memory);
                    CpuWatch.Snapshot cpu0 = cpu.snapshot();
                    long t0 = System.nanoTime();
                    tikaResult = tika.extract(files.files(), workers);
                    long t1 = System.nanoTime();
                    samples.get(Variant.TIKA).add(sample(t0, t1, cpu0, memory));

                    // (c) raw bulk
                    String bulkPrefix = base + "-c" + round;
                    prefixes.add(bulkPrefix);
                    String index = new IndexAdmin(connection.client(), bulkPrefix).ensure(IndexDefinition.DOCUMENTS);
                    RawBulk.refreshOff(connection.restClient(), index);
                    settle(memory);
                    cpu0 = cpu.snapshot();
                    t0 = System.nanoTime();
                    bulk.index(connection.restClient(), index);
                    t1 = System.nanoTime();
                    samples.get(Variant.BULK).add(sample(t0, t1, cpu0, memory));
                    long indexed = RawBulk.count(connection.restClient(), index);
                    if (indexed != bulk.documents()) {
                        throw new IllegalStateException("raw bulk: " + indexed + " of " + bulk.documents()
                                + " documents searchable");
                    }
                    deleteIndices(bulkPrefix);

                    progress.printf("bench: round %d/%d: (a) Pacta %.2f s, (b) raw Tika %.2f s, (c) raw bulk %.2f s%n",
                            round, rounds, seconds(samples.get(Variant.PACTA).get(round - 1).elapsed()),
                            seconds(samples.get(Variant.TIKA).get(round - 1).elapsed()),
                            seconds(samples.get(Variant.BULK).get(round - 1).elapsed()));
                }

                // (d) unchanged re-ingest of the last round's archive
                PactaRun again = timePacta(lastComponents, base + "-a" + rounds, files, workers, memory);
                int unchanged = again.summary().count(Outcome.UNCHANGED);
                progress.printf("bench: (d) unchanged re-ingest %.3f s (%d unchanged)%n",
                        seconds(again.sample().elapsed()), unchanged);
                return new IngestBenchmarkResult(files.root(), files.files().size(), files.bytes(),
                        tikaResult.pages(), bulk.pages(), workers, rounds, base, connection.settings().nodes().toString(),
                        warmUp, samples, again.sample(), lastPacta.summary(), again.summary(), lastPacta.searchable(),
                        tikaResult.failed(), tikaResult.characters(), bulk.documents(), bulk.sourceBytes(), memory.rssPerPhase());
            } finally {
                if (lastComponents != null) {
                    lastComponents.close();
                }
            }
        } finally {
            for (String prefix : prefixes) {
                try {
                    deleteIndices(prefix);
                } catch (RuntimeException e) {
                    progress.println("bench: could not delete the indices of " + prefix + ": " + e.getMessage());
                }
            }
            deleteTree(benchHome);
            try {
                Files.deleteIfExists(benchHome.getParent()); // only when no other run uses it
            } catch (IOException ignored) {
                // not empty
            }
        }
    }

    /** One timed Pacta ingest and what it left searchable. */
    private record PactaRun(IngestBenchmarkResult.Sample sample, IngestSummary summary, long searchable) {
    }

    private PactaRun timePacta(IngestComponents components, String prefix, BenchFiles files, int workers,
                               MemoryWatch memory) {
        IngestOptions options = new IngestOptions(workers, false, false, properties.ingest().maxFileSize().toBytes());
        settle(memory);
        CpuWatch.Snapshot cpu0 = cpu.snapshot();
        long t0 = System.nanoTime();
        IngestSummary summary = components.ingest(List.of(files.root()), options, IngestListener.NONE).summary();
        long t1 = System.nanoTime();
        IngestBenchmarkResult.Sample sample = sample(t0, t1, cpu0, memory);
        return new PactaRun(sample, summary, RawBulk.count(connection.restClient(),
                IndexDefinition.DOCUMENTS.alias(prefix)));
    }

    private IngestComponents components(Path home, String prefix) {
        PactaProperties.Elasticsearch es = properties.es();
        PactaProperties variant = new PactaProperties(home, properties.apiKeys(), new PactaProperties.Elasticsearch(
                es.url(), es.apiKey(), es.username(), es.password(), es.caCert(), prefix, es.local()), properties.ingest(),
                properties.search());
        return IngestComponents.create(variant, new ElasticsearchAdapters(connection, prefix), null);
    }

    /** Raw Tika with the OCR settings of Pacta's extractor (resolved by a throw-away one when Pacta's runs in child processes). */
    private RawTika rawTika(TextExtractor pacta) {
        if (pacta instanceof TikaTextExtractor tika) {
            return new RawTika(tika);
        }
        PactaProperties.Ingest ingest = properties.ingest();
        try (TikaTextExtractor probe = new TikaTextExtractor(ExtractorConfig.builder().ocrEnabled(ingest.ocr())
                .ocrLanguages(ingest.ocrLanguages()).tesseractCommand(ingest.tesseract()).build())) {
            return new RawTika(probe);
        }
    }

    private IngestBenchmarkResult.Sample sample(long t0, long t1, CpuWatch.Snapshot cpu0, MemoryWatch memory) {
        CpuWatch.Usage usage = cpu.since(cpu0);
        MemoryWatch.Peak peak = memory.peak();
        return new IngestBenchmarkResult.Sample(Duration.ofNanos(t1 - t0), peak.heapBytes(), peak.rssBytes(),
                usage.jvmSeconds(), usage.nodeSeconds(), usage.otherSeconds());
    }

    /** Between phases: collect the previous phase's garbage, let the node catch its breath, reset the peaks. */
    private static void settle(MemoryWatch memory) {
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        memory.reset();
    }

    private void deleteIndices(String prefix) {
        IndexAdmin admin = new IndexAdmin(connection.client(), prefix);
        admin.delete(IndexDefinition.DOCUMENTS);
        admin.delete(IndexDefinition.FILES);
        admin.delete(IndexDefinition.AGREEMENTS);
        admin.delete(IndexDefinition.PASSAGES);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
