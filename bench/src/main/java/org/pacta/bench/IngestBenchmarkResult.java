package org.pacta.bench;

import org.pacta.bench.IngestBenchmark.Variant;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.Outcome;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code bench ingest} run. Throughput figures of every variant are per input file,
 * PDF/DOCX page and byte of the folder, so that rows compare; ratios are taken round by round (the
 * variants of a round ran side by side) and summarised as median (min–max).
 *
 * @param pages            PDF and DOCX pages of the folder, from raw Tika's extraction results
 * @param pactaPages       the same, from the documents Pacta wrote (top-level PDF/DOCX documents)
 * @param pactaSearchable  documents searchable right after the last round's Pacta ingest returned
 * @param rssPerPhase      whether peak RSS is each phase's own (else: since the JVM started)
 */
public record IngestBenchmarkResult(Path folder, int files, long bytes, long pages, long pactaPages, int workers,
                                    int rounds, String indexPrefix, String endpoint, Sample warmUp,
                                    Map<Variant, List<Sample>> samples, Sample reingest, IngestSummary pactaSummary,
                                    IngestSummary reingestSummary, long pactaSearchable, int tikaFailures,
                                    long tikaCharacters,
                                    int bulkDocuments, long bulkBytes, boolean rssPerPhase) {

    /**
     * One timed phase: wall time; the JVM's peak heap used and peak resident memory meanwhile; CPU seconds
     * of this JVM (with reaped children such as tesseract), of the local node (-1: external cluster) and of
     * everything else on the machine (-1: unknown).
     */
    public record Sample(Duration elapsed, long peakHeapBytes, long peakRssBytes, double jvmCpuSeconds,
                         double nodeCpuSeconds, double otherCpuSeconds) {

        public double seconds() {
            return elapsed.toNanos() / 1e9;
        }
    }

    public IngestBenchmarkResult {
        Map<Variant, List<Sample>> copy = new EnumMap<>(Variant.class);
        samples.forEach((variant, list) -> copy.put(variant, List.copyOf(list)));
        samples = Map.copyOf(copy);
    }

    public Spread seconds(Variant variant) {
        return Spread.of(samples.get(variant).stream().map(Sample::seconds).toList());
    }

    public double docsPerSecond(Variant variant) {
        return files / seconds(variant).median();
    }

    public double pagesPerSecond(Variant variant) {
        return pages / seconds(variant).median();
    }

    public double megabytesPerSecond(Variant variant) {
        return bytes / 1e6 / seconds(variant).median();
    }

    /** Pacta's throughput over raw Tika's, round by round (1 = as fast as extraction alone). */
    public Spread pactaToTika() {
        return perRound(Variant.TIKA);
    }

    /** Pacta's throughput over raw bulk indexing's, round by round. */
    public Spread pactaToBulk() {
        return perRound(Variant.BULK);
    }

    /**
     * Pacta's throughput over that of raw Tika followed by raw bulk (no overlap), round by round: above 1,
     * Pacta overlaps extraction and indexing better than doing one after the other.
     */
    public Spread pactaToSerial() {
        List<Double> ratios = new ArrayList<>();
        List<Sample> pacta = samples.get(Variant.PACTA);
        for (int i = 0; i < pacta.size(); i++) {
            ratios.add((samples.get(Variant.TIKA).get(i).seconds() + samples.get(Variant.BULK).get(i).seconds())
                    / pacta.get(i).seconds());
        }
        return Spread.of(ratios);
    }

    /** How many times faster the unchanged re-ingest was than the median first ingest. */
    public double reingestSpeedup() {
        return seconds(Variant.PACTA).median() / reingest.seconds();
    }

    public long peakHeapBytes(Variant variant) {
        return samples.get(variant).stream().mapToLong(Sample::peakHeapBytes).max().orElse(-1);
    }

    public long peakRssBytes(Variant variant) {
        return samples.get(variant).stream().mapToLong(Sample::peakRssBytes).max().orElse(-1);
    }

    private Spread perRound(Variant reference) {
        List<Double> ratios = new ArrayList<>();
        List<Sample> pacta = samples.get(Variant.PACTA);
        List<Sample> other = samples.get(reference);
        for (int i = 0; i < Math.min(pacta.size(), other.size()); i++) {
            ratios.add(other.get(i).seconds() / pacta.get(i).seconds());
        }
        return Spread.of(ratios);
    }

    /** Targets of BENCHMARKS.md that are ratios (the absolute one is measured end to end). */
    static final double TARGET_TIKA_RATIO = 0.80;
    static final double TARGET_REINGEST_SPEEDUP = 20;

    public void print(PrintStream out) {
        out.printf("Ingest benchmark: %s%n", folder);
        out.printf("  %d files, %.1f MB, %d PDF/DOCX pages; %d workers; %d round(s) interleaved (a b c); "
                + "Elasticsearch %s; %d cores%n", files, bytes / 1e6, pages, workers, rounds, endpoint, CpuWatch.cores());
        out.printf("  warm-up: one Pacta ingest on the cold JVM, %.2f s, not counted%n%n", warmUp.seconds());

        String header = "  %-38s %-25s %7s %8s %6s %10s %9s%n";
        String row = "  %-38s %-25s %7.1f %8s %6s %10s %9s%n";
        out.printf(header, "", "seconds: median (min–max)", "docs/s", "pages/s", "MB/s", "peak heap", "peak RSS");
        line(out, row, "(a) Pacta ingest, until searchable", Variant.PACTA);
        line(out, row, "(b) raw Tika, " + workers + " thread" + (workers == 1 ? "" : "s") + ", no indexing", Variant.TIKA);
        line(out, row, "(c) raw ES bulk of " + bulkDocuments + " docs", Variant.BULK);
        out.printf(row, "(d) Pacta re-ingest, all unchanged", String.format("%.3f", reingest.seconds()),
                files / reingest.seconds(), "–", "–", mb(reingest.peakHeapBytes()), mb(reingest.peakRssBytes()));
        out.println();

        Spread tikaRatio = pactaToTika();
        Spread bulkRatio = pactaToBulk();
        out.printf("  %-38s %-25s target ≥ %.2f: %s%n", "Pacta / raw Tika (throughput)", spread(tikaRatio, "%.2f"),
                TARGET_TIKA_RATIO, tikaRatio.median() >= TARGET_TIKA_RATIO ? "met" : "MISSED");
        out.printf("  %-38s %s%n", "Pacta / raw ES bulk (throughput)", spread(bulkRatio, "%.2f"));
        out.printf("  %-38s %s%n", "Pacta / (raw Tika, then raw bulk)", spread(pactaToSerial(), "%.2f"));
        out.printf("  %-38s %-25s target ≥ %.0f×: %s%n", "first ingest / unchanged re-ingest",
                String.format("%.1f×", reingestSpeedup()), TARGET_REINGEST_SPEEDUP,
                reingestSpeedup() >= TARGET_REINGEST_SPEEDUP ? "met" : "MISSED");
        out.println();

        String cpuHeader = "  %-38s %9s %9s %9s %11s%n";
        String cpuRow = "  %-38s %9s %9s %9s %11s%n";
        out.printf(cpuHeader, "CPU seconds (median of rounds)", "this JVM", "ES node", "others", "cores busy");
        cpuLine(out, cpuRow, "(a) Pacta ingest", samples.get(Variant.PACTA));
        cpuLine(out, cpuRow, "(b) raw Tika", samples.get(Variant.TIKA));
        cpuLine(out, cpuRow, "(c) raw ES bulk", samples.get(Variant.BULK));
        cpuLine(out, cpuRow, "(d) Pacta re-ingest", List.of(reingest));
        out.println();

        out.printf("  Pacta, last round: %d indexed, %d duplicates, %d failed, %d skipped; %d documents searchable "
                        + "when it returned%n", pactaSummary.count(Outcome.INDEXED), pactaSummary.count(Outcome.DUPLICATE),
                pactaSummary.count(Outcome.FAILED), pactaSummary.count(Outcome.SKIPPED), pactaSearchable);
        out.printf("  Re-ingest: %d unchanged, %d re-indexed or updated%n", reingestSummary.count(Outcome.UNCHANGED),
                reingestSummary.count(Outcome.INDEXED) + reingestSummary.count(Outcome.UPDATED));
        out.printf("  Raw Tika, last round: %d failed, %.1f M characters%n", tikaFailures, tikaCharacters / 1e6);
        out.printf("  Raw bulk: %d documents, %.1f MB of JSON, Pacta's 500 docs / 8 MB requests, one in flight%n",
                bulkDocuments, bulkBytes / 1e6);
        if (pactaPages != pages) {
            out.printf("  Pages: %d by raw Tika, %d in Pacta's documents%n", pages, pactaPages);
        }
        out.println("  docs/s, pages/s, MB/s: the folder's files, PDF/DOCX pages and bytes per second, on every row.");
        out.println("  Peak heap: used heap before each GC (and 20 ms samples), the highest of the rounds; "
                + "peak RSS: VmHWM " + (rssPerPhase ? "during the phase." : "since the JVM started (no per-phase reset)."));
        out.println("  CPU: this JVM with its reaped children (tesseract), the local node's process tree, and the rest "
                + "of the machine (other work competing for the cores); cores busy = all of it / wall time.");
        out.printf("  Indices: %s-* (deleted)%n", indexPrefix);
    }

    private static void cpuLine(PrintStream out, String row, String label, List<Sample> samples) {
        double jvm = median(samples.stream().map(Sample::jvmCpuSeconds).toList());
        double node = median(samples.stream().map(Sample::nodeCpuSeconds).toList());
        double other = median(samples.stream().map(Sample::otherCpuSeconds).toList());
        double wall = median(samples.stream().map(Sample::seconds).toList());
        double busy = jvm < 0 || other < 0 ? -1 : (jvm + Math.max(node, 0) + other) / wall;
        out.printf(row, label, cpu(jvm), cpu(node), cpu(other), busy < 0 ? "?" : String.format("%.2f of %d", busy,
                CpuWatch.cores()));
    }

    private static double median(List<Double> values) {
        return values.stream().anyMatch(v -> v < 0) ? -1 : Spread.of(values).median();
    }

    private static String cpu(double seconds) {
        return seconds < 0 ? "?" : String.format("%.1f", seconds);
    }

    private void line(PrintStream out, String row, String label, Variant variant) {
        out.printf(row, label, spread(seconds(variant), "%.2f"), docsPerSecond(variant),
                String.format("%.1f", pagesPerSecond(variant)), String.format("%.2f", megabytesPerSecond(variant)),
                mb(peakHeapBytes(variant)), mb(peakRssBytes(variant)));
    }

    private static String spread(Spread s, String format) {
        return String.format(format + " (" + format + "–" + format + ")", s.median(), s.min(), s.max());
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format("%d MB", Math.round(bytes / 1048576.0));
    }
}
