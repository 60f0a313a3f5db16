package org.pacta.core.sharedtext;

import java.util.ArrayList;
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
     * What a document shares with one other, given both documents' passages ({@link #passagesOf}): as
     * {@link #of} lists it, but comparing the other's passages directly, so it is whole however many
     * candidates the archive holds. {@code own} must not be empty.
     */
    public SharedText sharedWith(List<PassageText> own, List<PassageText> others) {
        return find(own.get(0).documentId(), own, (id, groups) -> others);
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

    /** A passage as the comparison reads it: its shingles and its fingerprints, both from one tokenising. */
    private record Prepared(Overlap.Shingled shingles, Set<String> fingerprints) {

        static Prepared of(PassageText passage) {
            List<String> words = Words.keys(passage.text());
            long[] hashes = Shingles.of(words);
            return new Prepared(Overlap.Shingled.of(words.size(), hashes), Fingerprints.encoded(hashes));
        }
    }

    /** @param candidates the passages to compare, given the document and its passages' distinctive fingerprints */
    private SharedText find(String documentId, List<PassageText> own,
                            BiFunction<String, List<Set<String>>, List<PassageText>> candidates) {
        Map<PassageText, Prepared> ownPrepared = new LinkedHashMap<>();
        Map<String, List<PassageText>> byFingerprint = new HashMap<>();
        for (PassageText passage : own) {
            Prepared prepared = Prepared.of(passage);
            ownPrepared.put(passage, prepared);
            for (String fingerprint : prepared.fingerprints()) {
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
        for (Prepared prepared : ownPrepared.values()) {
            Set<String> group = new LinkedHashSet<>(prepared.fingerprints());
            group.retainAll(distinctive);
            if (group.size() >= Fingerprints.PAIR_EVIDENCE) {
                groups.add(group);
            }
        }
        List<PassageText> compared = candidates.apply(documentId, groups);

        Map<String, List<SharedText.AlignedPassages>> pairsByDocument = new LinkedHashMap<>();
        Map<String, CoveredWords> coveredByDocument = new HashMap<>();
        CoveredWords coveredAnywhere = new CoveredWords();
        for (PassageText candidate : compared) {
            Prepared there = Prepared.of(candidate);
            for (PassageText passage : ownPassagesSharing(there.fingerprints(), byFingerprint, distinctive)) {
                Overlap.Shingled here = ownPrepared.get(passage).shingles();
                Optional<Overlap> shared = Overlap.atLeast(here, there.shingles(), settings.minSharedWords());
                if (shared.isEmpty()) {
                    continue;
                }
                Overlap overlap = shared.get();
                pairsByDocument.computeIfAbsent(candidate.documentId(), d -> new ArrayList<>()).add(SharedText.AlignedPassages
                        .of(passage, here.words(), candidate, there.shingles().words(), overlap));
                coveredByDocument.computeIfAbsent(candidate.documentId(), d -> new CoveredWords())
                        .add(passage.ordinal(), overlap.here());
                coveredAnywhere.add(passage.ordinal(), overlap.here());
            }
        }
        List<SharedText.Related> related = new ArrayList<>();
        pairsByDocument.forEach((other, pairs) -> {
            pairs.sort(SharedText.AlignedPassages.IN_TEXT_ORDER);
            related.add(new SharedText.Related(other, coveredByDocument.get(other).count(), List.copyOf(pairs)));
        });
        related.sort(Comparator.comparingInt(SharedText.Related::sharedWords).reversed()
                .thenComparing(SharedText.Related::documentId));
        int words = ownPrepared.values().stream().mapToInt(p -> p.shingles().words()).sum();
        return new SharedText(documentId, words, coveredAnywhere.count(), List.copyOf(related),
                compared.size() < settings.candidateLimit());
    }

    /**
     * The own passages that hold {@link Fingerprints#PAIR_EVIDENCE} of the candidate's distinctive fingerprints:
     * the only ones worth comparing.
     */
    private static Set<PassageText> ownPassagesSharing(Set<String> candidateFingerprints,
                                                       Map<String, List<PassageText>> byFingerprint,
                                                       Set<String> distinctive) {
        Map<PassageText, Integer> evidence = new LinkedHashMap<>();
        for (String fingerprint : candidateFingerprints) {
            if (distinctive.contains(fingerprint)) {
                byFingerprint.get(fingerprint).forEach(passage -> evidence.merge(passage, 1, Integer::sum));
            }
        }
        evidence.values().removeIf(count -> count < Fingerprints.PAIR_EVIDENCE);
        return evidence.keySet();
    }
}
