package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.sharedtext.ArchiveMatcher;
import org.pacta.core.sharedtext.Overlap;
import org.pacta.core.sharedtext.PassageText;
import org.pacta.core.sharedtext.SharedText;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.pacta.core.sharedtext.Words;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code ./pacta shared-text}: matches the whole archive from scratch and lists the pairs of documents that share
 * the most text, and a random sample of the others, with their aligned passages: to read them and judge.
 */
@Command(name = "shared-text", description = {"List the documents that share text, over the whole archive.",
        "Matches every passage against every other from scratch (README: Shared text), then prints the pairs "
                + "sharing most words and a random sample of the rest."}, footer = {
        "  ./pacta shared-text                      the 20 top pairs and 20 random ones",
        "  ./pacta shared-text --top 50 --sample 0  the 50 top pairs only",
        "  ./pacta shared-text --quote --passages 1 each pair's first shared passage, quoted"})
public class SharedTextCommand implements Callable<Integer> {

    @Option(names = "--top", description = "How many of the pairs sharing most words to list (default ${DEFAULT-VALUE})")
    int top = 20;

    @Option(names = "--sample", description = "How many other pairs to list, drawn at random (default ${DEFAULT-VALUE})")
    int sample = 20;

    @Option(names = "--seed", description = "The random sample's seed, to list the same pairs again (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--passages", description = "Aligned passages shown per pair (default ${DEFAULT-VALUE})")
    int passages = 3;

    private SharedTextFinder finder;
    private final Map<String, Map<Integer, String>> textsByDocument = new HashMap<>();

    @Option(names = "--quote", description = "Print the words each shown passage pair shares, to judge the pairs by reading")
    boolean quote;

    @Override
    public Integer call() {
        PactaProperties properties = CliContext.properties();
        try (CommandCluster cluster = CommandCluster.open(properties)) {
            ElasticsearchAdapters adapters = cluster.adapters();
            long started = System.nanoTime();
            finder = adapters.sharedText(CliContext.sharedTextProperties().settings());
            ArchiveMatcher.Result result = finder.matchArchive();
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintStream out = System.out;
            int pairs = result.pairs().size();
            out.printf("Matched %,d documents (%,d passages) in %.1f s: %,d passage pairs compared, %,d %s%n",
                    result.documents(), result.passages(), seconds, result.comparisons(), pairs,
                    pairs == 1 ? "pair of documents shares text" : "pairs of documents share text");
            out.printf("By shared words: %s%n", bySize(result.pairs()));
            DocumentReader reader = adapters.documentReader();
            List<ArchiveMatcher.DocumentPair> sharing = result.pairs();
            print(out, "Sharing most words", sharing.subList(0, Math.min(top, pairs)), reader);
            List<ArchiveMatcher.DocumentPair> rest = new ArrayList<>(sharing.subList(Math.min(top, pairs), pairs));
            Collections.shuffle(rest, new Random(seed));
            if (sample > 0 && !rest.isEmpty()) {
                print(out, "Drawn at random from the others (seed " + seed + ")", rest.subList(0, Math.min(sample, rest.size())), reader);
            }
            return 0;
        }
    }

    private void print(PrintStream out, String heading, List<ArchiveMatcher.DocumentPair> pairs, DocumentReader reader) {
        out.printf("%n%s:%n", heading);
        int rank = 0;
        for (ArchiveMatcher.DocumentPair pair : pairs) {
            out.printf("%3d. %,6d words  %3.0f %% of %s  ·  %3.0f %% of %s%n", ++rank, pair.sharedWords(),
                    100 * pair.shareFirst(), name(reader, pair.first()), 100 * pair.shareSecond(), name(reader, pair.second()));
            out.printf("       %s%n", pair.passages().stream().limit(passages).map(SharedTextCommand::aligned)
                    .collect(Collectors.joining("; ")) + (pair.passages().size() > passages
                    ? String.format("; and %d more", pair.passages().size() - passages) : ""));
            out.printf("       %s vs %s%n", pair.first(), pair.second());
            if (quote) {
                pair.passages().stream().limit(passages).forEach(aligned -> out.printf("       « %s »%n", sharedWords(aligned)));
            }
        }
    }

    /** How many pairs share under 100 words, under 1,000, and more: most pairs share a clause, not a text. */
    private static String bySize(List<ArchiveMatcher.DocumentPair> pairs) {
        long small = pairs.stream().filter(p -> p.sharedWords() < 100).count();
        long large = pairs.stream().filter(p -> p.sharedWords() >= 1_000).count();
        return String.format("%,d pairs under 100 · %,d from 100 to 999 · %,d from 1,000", small,
                pairs.size() - small - large, large);
    }

    /** The words of the pair's first passage that the second holds, run by run. */
    private String sharedWords(SharedText.AlignedPassages aligned) {
        String here = text(aligned.here());
        String there = text(aligned.there());
        List<Words.Word> words = Words.of(here);
        BitSet shared = Overlap.between(words.stream().map(Words.Word::key).toList(), Words.keys(there)).here();
        List<String> runs = new ArrayList<>();
        for (int start = shared.nextSetBit(0); start >= 0; start = shared.nextSetBit(shared.nextClearBit(start))) {
            int end = shared.nextClearBit(start) - 1;
            runs.add(here.substring(words.get(start).start(), words.get(end).end()).replaceAll("\\s+", " "));
        }
        return String.join(" … ", runs);
    }

    /** A passage's text; each document's passages are read once, as the listed pairs come back to the same ones. */
    private String text(SharedText.PassageRef ref) {
        return textsByDocument.computeIfAbsent(ref.documentId(), id -> finder.passagesOf(id).stream()
                        .collect(Collectors.toMap(PassageText::ordinal, PassageText::text, (a, b) -> a)))
                .getOrDefault(ref.ordinal(), "");
    }

    private static String aligned(SharedText.AlignedPassages pair) {
        return String.format("%s ≈ %s (%d words)", pair.here().locator(), pair.there().locator(), pair.sharedHere());
    }

    private static String name(DocumentReader reader, String id) {
        Map<String, Object> metadata = reader.metadata(id);
        Object file = metadata.get("file_name");
        return file != null ? file.toString() : id.substring(0, 12);
    }
}
