package org.pacta.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the agreements' mentions of others into links: a mention names a known agreement when all its
 * distinguishing words are in that agreement's title and the years agree; it stays a plain mention
 * when no known agreement, or more than one, fits. Title words are indexed once, so linking costs
 * the mentions times their rarest word's agreements, not mentions times agreements.
 */
final class RelatedLinks {

    private final List<Agreement> agreements;
    private final List<Set<String>> titleWords = new ArrayList<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    RelatedLinks(List<Agreement> agreements) {
        this.agreements = agreements;
        for (int i = 0; i < agreements.size(); i++) {
            Set<String> words = TitleWords.of(agreements.get(i).title());
            titleWords.add(words);
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The agreement at {@code index} with its mentions linked. */
    Agreement linked(int index) {
        Agreement self = agreements.get(index);
        List<RelatedAgreement> out = new ArrayList<>();
        for (RelatedAgreement r : self.related()) {
            Set<String> words = TitleWords.of(r.name());
            if (words.isEmpty() || titleWords.get(index).containsAll(words) && yearFits(r, self)) {
                continue; // the agreement itself, or no name to go by
            }
            List<Integer> fits = candidates(words).stream()
                    .filter(i -> i != index && titleWords.get(i).containsAll(words) && yearFits(r, agreements.get(i)))
                    .toList();
            out.add(fits.size() == 1
                    ? new RelatedAgreement(r.name(), r.year(), agreements.get(fits.get(0)).id(), r.documentId(), r.sentence())
                    : r);
        }
        return self.withRelated(out);
    }

    /** The agreements whose titles hold the mention's rarest word. */
    private List<Integer> candidates(Set<String> words) {
        List<Integer> fewest = null;
        for (String w : words) {
            List<Integer> postings = byWord.getOrDefault(w, List.of());
            if (fewest == null || postings.size() < fewest.size()) {
                fewest = postings;
            }
        }
        return fewest == null ? List.of() : fewest;
    }

    private static boolean yearFits(RelatedAgreement r, Agreement a) {
        return r.year() == null || a.signedDate() == null || a.signedDate().getYear() == r.year();
    }
}
