package org.pacta.core.agreement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agreement as the archive knows it, assembled from every document that speaks of it: the text
 * itself and the news about it.
 *
 * @param id            stable while the agreement's parties and signing date stay the same
 * @param status        the furthest stage any party has reached
 * @param partyStatuses how far each party has gone, where the documents say
 * @param timeline      the stages in date order (undated ones last), each with the sentences that report it
 * @param sources       the documents, agreement texts first, then news by publication date
 * @param related       other agreements the documents name, linked when the archive knows them
 * @param partyBasis    why each party is one, by party, as its best document read it ("signature block",
 *                      "member of the European Union on 2008-06-16, from the membership table (source)")
 */
public record Agreement(String id, String title, String type, List<String> parties, LocalDate signedDate,
                        String signedPlace, String status, List<PartyStatus> partyStatuses,
                        List<TimelineEvent> timeline, List<AgreementSource> sources, List<RelatedAgreement> related,
                        Map<String, String> partyBasis) {

    public Agreement {
        parties = List.copyOf(parties);
        partyStatuses = List.copyOf(partyStatuses);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        partyBasis = Collections.unmodifiableSortedMap(new TreeMap<>(partyBasis)); // sorted: stable JSON
    }

    Agreement withId(String newId) {
        return new Agreement(newId, title, type, parties, signedDate, signedPlace, status, partyStatuses, timeline,
                sources, related, partyBasis);
    }

    Agreement withRelated(List<RelatedAgreement> links) {
        return new Agreement(id, title, type, parties, signedDate, signedPlace, status, partyStatuses, timeline,
                sources, links, partyBasis);
    }
}
