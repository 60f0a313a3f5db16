package org.pacta.core.sharedtext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pair of documents of an archive that share text, from scratch, in memory: the passages'
 * fingerprints are inverted, each passage pair that holds enough distinctive fingerprints in common is
 * compared word by word, as {@link SharedTextFinder} does for one document. For reports and measurements
 * over a whole archive; the API answers one document at a time from the index.
 */
public final class ArchiveMatcher {

    /**
     * Two documents that share text.
     *
     * @param sharedFirst  words of the first found in the second
     * @param sharedSecond words of the second found in the first
     * @param passages     the aligned passages, from the first's side
     */
    public record DocumentPair(String first, String second, int sharedFirst, int wordsFirst, int sharedSecond,
                               int wordsSecond, List<SharedText.AlignedPassages> passages) {

        /** The smaller of the two sides' shared words: what both hold. */
        public int sharedWords() {
            return Math.min(sharedFirst, sharedSecond);
        }

        public double shareFirst() {
            return wordsFirst == 0 ? 0 : (double) sharedFirst / wordsFirst;
        }

        public double shareSecond() {
            return wordsSecond == 0 ? 0 : (double) sharedSecond / wordsSecond;
        }
    }

    /**
     * @param pairs       most shared words first
     * @param comparisons how many passage pairs were compared word by word
     */
    public record Result(int documents, int passages, long comparisons, List<DocumentPair> pairs) {
    }

    private final SharedTextFinder.Settings settings;
    private final List<PassageText> passages = new ArrayList<>();
    private final List<Overlap.Shingled> shingled = new ArrayList<>();
    private final List<long[]> fingerprints = new ArrayList<>();
    private final Map<String, Integer> wordsByDocument = new HashMap<>();
    private final Map<String, Integer> documentNumbers = new HashMap<>();
    private int[] documentOf = new int[1024];
    /** For each fingerprint, the passages that hold it, in the order they were added. */
    private final Map<Long, int[]> holders = new HashMap<>();

    public ArchiveMatcher(SharedTextFinder.Settings settings) {
        this.settings = settings;
    }

    /** Adds one passage of the archive. */
    public void add(PassageText passage) {
        int index = passages.size();
        List<String> keys = Words.keys(passage.text());
        long[] hashes = Shingles.of(keys);
        Overlap.Shingled shingles = Overlap.Shingled.of(keys.size(), hashes);
        long[] prints = Fingerprints.values(hashes);
        passages.add(passage);
        shingled.add(shingles);
        fingerprints.add(prints);
        wordsByDocument.merge(passage.documentId(), keys.size(), Integer::sum);
        if (index == documentOf.length) {
            documentOf = Arrays.copyOf(documentOf, index * 2);
        }
        documentOf[index] = documentNumbers.computeIfAbsent(passage.documentId(), d -> documentNumbers.size());
        for (long fingerprint : prints) {
            holders.merge(fingerprint, new int[] {1, index}, ArchiveMatcher::append);
        }
    }

    /**
     * Each passage is compared with the later passages of other documents that hold at least
     * {@link Fingerprints#PAIR_EVIDENCE} of its distinctive fingerprints, counted in one array: no set of
     * candidate pairs is built, so an archive with millions of them needs no more memory than its passages.
     */
    public Result match() {
        int[] evidence = new int[passages.size()];
        int[] touched = new int[passages.size()];
        long comparisons = 0;
        Map<String, PairBuilder> byDocuments = new HashMap<>();
        for (int a = 0; a < passages.size(); a++) {
            int touchedCount = 0;
            for (long fingerprint : fingerprints.get(a)) {
                int[] holding = holders.get(fingerprint);
                int size = holding[0];
                if (size < 2 || size > settings.commonPassages()) {
                    continue;
                }
                for (int h = Arrays.binarySearch(holding, 1, size + 1, a) + 1; h <= size; h++) {
                    int b = holding[h];
                    if (documentOf[b] != documentOf[a] && evidence[b]++ == 0) {
                        touched[touchedCount++] = b;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                if (evidence[b] >= Fingerprints.PAIR_EVIDENCE) {
                    comparisons++;
                    compare(a, b, byDocuments);
                }
                evidence[b] = 0;
            }
        }
        List<DocumentPair> pairs = byDocuments.values().stream()
                .map(builder -> builder.build(wordsByDocument))
                .sorted(Comparator.comparingInt(DocumentPair::sharedWords).reversed()
                        .thenComparing(DocumentPair::first).thenComparing(DocumentPair::second))
                .toList();
        return new Result(wordsByDocument.size(), passages.size(), comparisons, pairs);
    }

    /** Appends the one passage of {@code added} to a holder list: its size first, then the passages. */
    private static int[] append(int[] holding, int[] added) {
        int size = holding[0];
        int[] grown = size + 1 < holding.length ? holding : Arrays.copyOf(holding, holding.length * 2);
        grown[size + 1] = added[1];
        grown[0] = size + 1;
        return grown;
    }

    private void compare(int a, int b, Map<String, PairBuilder> byDocuments) {
        if (passages.get(a).documentId().compareTo(passages.get(b).documentId()) > 0) {
            int swap = a;
            a = b;
            b = swap;
        }
        Optional<Overlap> shared = Overlap.atLeast(shingled.get(a), shingled.get(b), settings.minSharedWords());
        if (shared.isEmpty()) {
            return;
        }
        Overlap overlap = shared.get();
        PassageText here = passages.get(a);
        PassageText there = passages.get(b);
        byDocuments.computeIfAbsent(here.documentId() + " " + there.documentId(),
                        key -> new PairBuilder(here.documentId(), there.documentId()))
                .add(here, shingled.get(a).words(), there, shingled.get(b).words(), overlap);
    }

    private static final class PairBuilder {
        private final String first;
        private final String second;
        private final CoveredWords coveredFirst = new CoveredWords();
        private final CoveredWords coveredSecond = new CoveredWords();
        private final List<SharedText.AlignedPassages> passages = new ArrayList<>();

        PairBuilder(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void add(PassageText here, int wordsHere, PassageText there, int wordsThere, Overlap overlap) {
            coveredFirst.add(here.ordinal(), overlap.here());
            coveredSecond.add(there.ordinal(), overlap.there());
            passages.add(SharedText.AlignedPassages.of(here, wordsHere, there, wordsThere, overlap));
        }

        DocumentPair build(Map<String, Integer> wordsByDocument) {
            passages.sort(SharedText.AlignedPassages.IN_TEXT_ORDER);
            return new DocumentPair(first, second, coveredFirst.count(), wordsByDocument.get(first), coveredSecond.count(),
                    wordsByDocument.get(second), List.copyOf(passages));
        }
    }
}
