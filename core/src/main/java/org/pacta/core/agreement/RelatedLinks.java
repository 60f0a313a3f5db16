package org.pacta.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an agreement's mentions of others into links: a mention names a known agreement when all its
 * distinguishing words are in that agreement's title and the years agree; it stays a plain mention
 * when no known agreement, or more than one, fits.
 */
final class RelatedLinks {

    private RelatedLinks() {
    }

    static List<RelatedAgreement> link(Agreement self, List<Agreement> all) {
        Set<String> ownWords = TitleWords.of(self.title());
        List<RelatedAgreement> out = new ArrayList<>();
        for (RelatedAgreement r : self.related()) {
            Set<String> words = TitleWords.of(r.name());
            if (words.isEmpty() || ownWords.containsAll(words) && yearFits(r, self)) {
                continue; // the agreement itself, or no name to go by
            }
            List<Agreement> fits = all.stream()
                    .filter(a -> !a.id().equals(self.id()) && TitleWords.of(a.title()).containsAll(words) && yearFits(r, a))
                    .toList();
            out.add(fits.size() == 1
                    ? new RelatedAgreement(r.name(), r.year(), fits.get(0).id(), r.documentId(), r.sentence()) : r);
        }
        return out;
    }

    private static boolean yearFits(RelatedAgreement r, Agreement a) {
        return r.year() == null || a.signedDate() == null || a.signedDate().getYear() == r.year();
    }
}
