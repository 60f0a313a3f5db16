package org.pacta.bench;

import org.pacta.core.sharedtext.ArchiveMatcher;
import org.pacta.core.sharedtext.PassageText;
import org.pacta.core.sharedtext.PassageTexts;
import org.pacta.core.sharedtext.SharedText;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.pacta.core.sharedtext.Words;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Shared text over a whole archive: how long matching every passage from scratch takes, against reading
 * the passages (the reference, in the same run), and the recall on planted copies: a run of words cut from
 * one document's passage and pasted into another document's passage, which the matcher must pair.
 */
public final class SharedTextBenchmark {

    /**
     * @param readSeconds  reading every passage from the index: the reference
     * @param matchSeconds matching them from scratch, median of the rounds
     * @param found        planted copies whose host passage was paired with its source by at least the planted words
     */
    public record Result(int documents, int passages, int pairs, double readSeconds, List<Double> matchSeconds,
                         int plants, int plantWords, int found, List<String> missed) {

        public double medianMatchSeconds() {
            List<Double> sorted = matchSeconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        public void print(PrintStream out) {
            out.printf("archive: %,d documents, %,d passages; %,d pairs of documents share text%n", documents, passages, pairs);
            out.printf("read every passage from the index (reference): %.2f s%n", readSeconds);
            out.printf("match the whole archive from scratch: %.2f s median of %s (%.2f × the reference)%n",
                    medianMatchSeconds(), matchSeconds.stream().map(s -> String.format("%.2f", s)).toList(),
                    medianMatchSeconds() / readSeconds);
            out.printf("planted copies of %d words: %d of %d found (recall %.3f)%n", plantWords, found, plants,
                    plants == 0 ? 0 : (double) found / plants);
            missed.stream().limit(10).forEach(m -> out.println("  missed: " + m));
        }
    }

    private record Plant(PassageText source, PassageText host) {
    }

    private final PassageTexts texts;
    private final SharedTextFinder.Settings settings;
    private final PrintStream log;

    public SharedTextBenchmark(PassageTexts texts, SharedTextFinder.Settings settings, PrintStream log) {
        this.texts = texts;
        this.settings = settings;
        this.log = log;
    }

    public Result run(int rounds, int plants, int plantWords, long seed) {
        List<PassageText> passages = new ArrayList<>();
        long started = System.nanoTime();
        texts.all(passages::add);
        double readSeconds = seconds(started);
        log.printf("bench: %,d passages read in %.2f s%n", passages.size(), readSeconds);
        List<Double> matchSeconds = new ArrayList<>();
        ArchiveMatcher.Result matched = null;
        for (int round = 0; round < rounds; round++) {
            started = System.nanoTime();
            matched = match(passages);
            matchSeconds.add(seconds(started));
            log.printf("bench: round %d matched in %.2f s%n", round + 1, matchSeconds.get(round));
        }
        List<Plant> planted = new ArrayList<>();
        List<PassageText> withPlants = plant(passages, plants, plantWords, new Random(seed), planted);
        ArchiveMatcher.Result afterPlanting = match(withPlants);
        // a plant counts as found when its host is paired with its source by at least the planted words
        Map<String, Integer> hostWordsShared = new HashMap<>();
        for (ArchiveMatcher.DocumentPair pair : afterPlanting.pairs()) {
            for (SharedText.AlignedPassages aligned : pair.passages()) {
                hostWordsShared.merge(key(aligned.here(), aligned.there()), aligned.sharedThere(), Math::max);
                hostWordsShared.merge(key(aligned.there(), aligned.here()), aligned.sharedHere(), Math::max);
            }
        }
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Plant plant : planted) {
            if (hostWordsShared.getOrDefault(plant.source().id() + " " + plant.host().id(), 0) >= plantWords) {
                found++;
            } else {
                missed.add(plant.source().id() + " (" + plant.source().locator() + ") into " + plant.host().id()
                        + " (" + plant.host().locator() + ")");
            }
        }
        return new Result(matched.documents(), matched.passages(), matched.pairs().size(), readSeconds, matchSeconds,
                planted.size(), plantWords, found, missed);
    }

    private ArchiveMatcher.Result match(List<PassageText> passages) {
        ArchiveMatcher matcher = new ArchiveMatcher(settings);
        passages.forEach(matcher::add);
        return matcher.match();
    }

    /**
     * A copy of the passages where {@code count} passages (the hosts, each in a different document from its
     * source, each used once) hold {@code words} consecutive words of another passage, pasted at a random
     * place between two of their words.
     */
    private static List<PassageText> plant(List<PassageText> passages, int count, int words, Random random,
                                           List<Plant> planted) {
        List<PassageText> result = new ArrayList<>(passages);
        List<Integer> sources = new ArrayList<>();
        List<Integer> hosts = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            int length = Words.of(passages.get(i).text()).size();
            if (length >= words + 10) {
                sources.add(i);
            }
            if (length >= 20) {
                hosts.add(i);
            }
        }
        Set<Integer> used = new HashSet<>();
        for (int attempt = 0; planted.size() < count && attempt < count * 20 && !sources.isEmpty(); attempt++) {
            int s = sources.get(random.nextInt(sources.size()));
            int h = hosts.get(random.nextInt(hosts.size()));
            PassageText source = passages.get(s);
            PassageText host = passages.get(h);
            if (source.documentId().equals(host.documentId()) || used.contains(h) || used.contains(s)) {
                continue;
            }
            used.add(h);
            used.add(s);
            List<Words.Word> sourceWords = Words.of(source.text());
            int from = random.nextInt(sourceWords.size() - words + 1);
            String copy = source.text().substring(sourceWords.get(from).start(), sourceWords.get(from + words - 1).end());
            List<Words.Word> hostWords = Words.of(host.text());
            int at = hostWords.get(random.nextInt(hostWords.size())).start();
            String text = host.text().substring(0, at) + copy + " " + host.text().substring(at);
            PassageText changed = new PassageText(host.documentId(), host.ordinal(), host.locator(), host.heading(), text);
            result.set(h, changed);
            planted.add(new Plant(source, changed));
        }
        return result;
    }

    private static String key(SharedText.PassageRef a, SharedText.PassageRef b) {
        return a.documentId() + "-" + a.ordinal() + " " + b.documentId() + "-" + b.ordinal();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
