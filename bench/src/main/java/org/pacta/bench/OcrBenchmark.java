package org.pacta.bench;

import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR with the bundled Tesseract against another one (the system's), on the same scanned files in
 * the same run, rounds interleaved: words read (letters-only tokens of two or more letters, a proxy
 * for what a search can find) and seconds per OCR'd page, and their ratios.
 */
public final class OcrBenchmark {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final PrintStream out;

    public OcrBenchmark(PrintStream out) {
        this.out = out;
    }

    /** A Tesseract to compare: {@code bundled}, {@code auto}, a name on the PATH or a path. */
    private record Engine(String command, TikaTextExtractor extractor) {
    }

    private static final class Tally {
        long words;
        int pages;
        long nanos;
    }

    public void run(List<Path> files, String reference, String languages, int rounds) {
        try (TikaTextExtractor bundled = extractor("bundled", languages);
             TikaTextExtractor other = extractor(reference, languages)) {
            List<Engine> engines = List.of(new Engine(reference, other), new Engine("bundled", bundled));
            for (Engine e : engines) {
                if (!e.extractor().ocrAvailable()) {
                    throw new IllegalArgumentException(e.command() + ": " + e.extractor().ocrUnavailableReason());
                }
            }
            Tally[] tallies = {new Tally(), new Tally()};
            for (int round = 0; round < rounds; round++) {
                for (Path file : files) {
                    for (int i = 0; i < engines.size(); i++) {
                        int k = (round % 2 == 0) ? i : engines.size() - 1 - i; // alternate who goes first
                        measure(engines.get(k).extractor(), file, tallies[k], round == 0 ? engines.get(k).command() : null);
                    }
                }
            }
            out.printf(Locale.ROOT, "%-40s %10s %10s %12s%n", "engine", "words", "pages", "s/page");
            for (int i = 0; i < engines.size(); i++) {
                Tally t = tallies[i];
                out.printf(Locale.ROOT, "%-40s %10d %10d %12.2f%n", engines.get(i).extractor().ocrEngine(),
                        t.words / rounds, t.pages / rounds, seconds(t) / Math.max(1, t.pages));
            }
            Tally ref = tallies[0];
            Tally own = tallies[1];
            out.printf(Locale.ROOT, "bundled/%s: words %.3f, seconds per page %.3f (%d files, %d rounds)%n", reference,
                    (double) own.words / Math.max(1, ref.words),
                    (seconds(own) / Math.max(1, own.pages)) / (seconds(ref) / Math.max(1, ref.pages)), files.size(), rounds);
        }
    }

    private void measure(TikaTextExtractor extractor, Path file, Tally tally, String firstRoundLabel) {
        long t0 = System.nanoTime();
        Extraction e = extractor.extract(file);
        tally.nanos += System.nanoTime() - t0;
        tally.pages += e.ocrPages();
        Matcher m = WORD.matcher(e.ok() ? e.text() : "");
        long words = 0;
        while (m.find()) {
            words++;
        }
        tally.words += words;
        if (firstRoundLabel != null) {
            out.printf(Locale.ROOT, "  %-10s %-28s %6d words %3d OCR pages%s%n", firstRoundLabel, file.getFileName(), words,
                    e.ocrPages(), e.ok() ? "" : "  FAILED " + e.failure());
        }
    }

    private static double seconds(Tally t) {
        return t.nanos / 1e9;
    }

    private static TikaTextExtractor extractor(String command, String languages) {
        return new TikaTextExtractor(ExtractorConfig.builder().tesseractCommand(command).ocrLanguages(languages).build());
    }
}
