package org.pacta.core.sharedtext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds the text a document or a passage shares with other documents. Candidates are the passages that
 * hold {@link Fingerprints#PAIR_EVIDENCE} of its fingerprints; each candidate is then compared word by word
 * ({@link Overlap}), and a pair counts only when both sides share at least {@link Settings#minSharedWords()} words: one-line
 * boilerplate and headings stay below it. Nothing is precomputed beyond the fingerprints stored with each
 * passage, so a new document finds its matches at once and a deleted one disappears from them.
 */
public final class SharedTextFinder {

    /**
     * @param minSharedWords      the fewest shared words that make two passages share text
     * @param commonPassages      a fingerprint held by more passages than this is a common phrase of the
     *                            archive and finds no candidates (the words still count when a pair is compared)
     * @param candidateLimit      the most candidate passages one answer compares
     */
    public record Settings(int minSharedWords, long commonPassages, int candidateLimit) {

        public static final Settings DEFAULTS = new Settings(30, 200, 20_000);

        public Settings {
            if (minSharedWords < Overlap.MIN_RUN_WORDS || commonPassages < 1 || candidateLimit < 1) {
                throw new IllegalArgumentException("Shared text needs minSharedWords ≥ " + Overlap.MIN_RUN_WORDS
                        + " and positive limits: " + minSharedWords + ", " + commonPassages + ", " + candidateLimit);
            }
        }
    }

    private final PassageTexts passages;
    private final Settings settings;

    public SharedTextFinder(PassageTexts passages, Settings settings) {
        this.passages = passages;
        this.settings = settings;
    }

    /** The document's shared text; empty for an unknown document. */
    public Optional<SharedText> of(String documentId) {
        List<PassageText> own = passages.ofDocument(documentId);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(find(documentId, own, this::candidates));
    }

    /**
     * What the document shares with one other document: as {@link #of} lists it, but comparing the other's
     * passages directly, so it is whole however many candidates the archive holds. Empty for an unknown document.
     */
    public Optional<SharedText> sharedWith(String documentId, String otherId) {
        List<PassageText> own = passages.ofDocument(documentId);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<PassageText> others = passages.ofDocument(otherId);
        return Optional.of(find(documentId, own, (id, groups) -> others));
    }

    /** The passages of other documents that share text with this one, most shared words first; empty for an unknown passage. */
    public Optional<List<SharedText.AlignedPassages>> similarTo(String documentId, int ordinal) {
        Optional<PassageText> passage = passages.ofDocument(documentId).stream()
                .filter(p -> p.ordinal() == ordinal).findFirst();
        return passage.map(p -> find(documentId, List.of(p), this::candidates).related().stream()
                .flatMap(related -> related.passages().stream())
                .sorted(Comparator.comparingInt(SharedText.AlignedPassages::sharedHere).reversed())
                .toList());
    }

    /** Every pair of documents of the archive that share text, matched from scratch. */
    public ArchiveMatcher.Result matchArchive() {
        ArchiveMatcher matcher = new ArchiveMatcher(settings);
        passages.all(matcher::add);
        return matcher.match();
    }

    /** A document's passages with their texts, in order (for showing two documents' shared passages side by side). */
    public List<PassageText> passagesOf(String documentId) {
        return passages.ofDocument(documentId);
    }

    private List<PassageText> candidates(String documentId, List<Set<String>> groups) {
        return groups.isEmpty() ? List.of()
                : passages.holding(groups, Fingerprints.PAIR_EVIDENCE, documentId, settings.candidateLimit());
    }

    /** @param candidates the passages to compare, given the document and its passages' distinctive fingerprints */
    private SharedText find(String documentId, List<PassageText> own,
                            BiFunction<String, List<Set<String>>, List<PassageText>> candidates) {
        Map<PassageText, Overlap.Shingled> ownWords = new LinkedHashMap<>();
        Map<String, List<PassageText>> byFingerprint = new HashMap<>();
        List<Set<String>> ownFingerprints = new ArrayList<>();
        for (PassageText passage : own) {
            List<String> words = Words.keys(passage.text());
            ownWords.put(passage, Overlap.Shingled.of(words));
            Set<String> fingerprints = Fingerprints.of(words);
            ownFingerprints.add(fingerprints);
            for (String fingerprint : fingerprints) {
                byFingerprint.computeIfAbsent(fingerprint, f -> new ArrayList<>()).add(passage);
            }
        }
        Set<String> distinctive = new LinkedHashSet<>(byFingerprint.keySet());
        passages.frequencies(distinctive).forEach((fingerprint, count) -> {
            if (count > settings.commonPassages()) {
                distinctive.remove(fingerprint);
            }
        });
        List<Set<String>> groups = new ArrayList<>();
        for (Set<String> fingerprints : ownFingerprints) {
            Set<String> group = new LinkedHashSet<>(fingerprints);
            group.retainAll(distinctive);
            if (group.size() >= Fingerprints.PAIR_EVIDENCE) {
                groups.add(group);
            }
        }
        List<PassageText> compared = candidates.apply(documentId, groups);

        Map<String, List<SharedText.AlignedPassages>> pairsByDocument = new LinkedHashMap<>();
        Map<String, Map<Integer, BitSet>> coveredByDocument = new HashMap<>();
        Map<Integer, BitSet> coveredAnywhere = new HashMap<>();
        for (PassageText candidate : compared) {
            List<String> candidateKeys = Words.keys(candidate.text());
            Overlap.Shingled candidateWords = Overlap.Shingled.of(candidateKeys);
            for (PassageText passage : ownPassagesSharing(candidateKeys, byFingerprint, distinctive)) {
                Overlap.Shingled words = ownWords.get(passage);
                Optional<Overlap> shared = Overlap.atLeast(words, candidateWords, settings.minSharedWords());
                if (shared.isEmpty()) {
                    continue;
                }
                Overlap overlap = shared.get();
                pairsByDocument.computeIfAbsent(candidate.documentId(), d -> new ArrayList<>())
                        .add(new SharedText.AlignedPassages(SharedText.PassageRef.of(passage),
                                SharedText.PassageRef.of(candidate), overlap.sharedHere(), words.words(),
                                overlap.sharedThere(), candidateWords.words()));
                coveredByDocument.computeIfAbsent(candidate.documentId(), d -> new HashMap<>())
                        .computeIfAbsent(passage.ordinal(), o -> new BitSet()).or(overlap.here());
                coveredAnywhere.computeIfAbsent(passage.ordinal(), o -> new BitSet()).or(overlap.here());
            }
        }
        List<SharedText.Related> related = new ArrayList<>();
        pairsByDocument.forEach((other, pairs) -> {
            pairs.sort(Comparator.comparingInt((SharedText.AlignedPassages p) -> p.here().ordinal())
                    .thenComparing(Comparator.comparingInt(SharedText.AlignedPassages::sharedHere).reversed())
                    .thenComparingInt(p -> p.there().ordinal()));
            related.add(new SharedText.Related(other, count(coveredByDocument.get(other)), List.copyOf(pairs)));
        });
        related.sort(Comparator.comparingInt(SharedText.Related::sharedWords).reversed()
                .thenComparing(SharedText.Related::documentId));
        int words = ownWords.values().stream().mapToInt(Overlap.Shingled::words).sum();
        return new SharedText(documentId, words, count(coveredAnywhere), List.copyOf(related),
                compared.size() < settings.candidateLimit());
    }

    /**
     * The own passages that hold {@link Fingerprints#PAIR_EVIDENCE} of the candidate's distinctive fingerprints:
     * the only ones worth comparing.
     */
    private static Set<PassageText> ownPassagesSharing(List<String> candidateWords,
                                                       Map<String, List<PassageText>> byFingerprint,
                                                       Set<String> distinctive) {
        Map<PassageText, Integer> evidence = new LinkedHashMap<>();
        for (String fingerprint : Fingerprints.of(candidateWords)) {
            if (distinctive.contains(fingerprint)) {
                byFingerprint.get(fingerprint).forEach(passage -> evidence.merge(passage, 1, Integer::sum));
            }
        }
        evidence.values().removeIf(count -> count < Fingerprints.PAIR_EVIDENCE);
        return evidence.keySet();
    }

    private static int count(Map<Integer, BitSet> covered) {
        return covered.values().stream().mapToInt(BitSet::cardinality).sum();
    }
}
