package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

import java.util.List;
import java.util.Map;

/**
 * The parties of an agreement, as ISO 3166-1 alpha-3 codes or organisation ids, and the countries
 * the text only mentions.
 *
 * @param evidence   the sentence that made each party a party, in the order of {@code parties}
 * @param basis      why each party is one, in a few words ("signature block", "member of the European
 *                   Union on 1993-03-08, from the membership table (source)"), by code
 * @param treatyText whether the text is an agreement's own (a preamble, a signature block, a first article)
 */
public record Parties(List<String> parties, List<String> mentioned, List<Evidence> evidence, Map<String, String> basis,
                      boolean treatyText) {

    public static final Parties NONE = new Parties(List.of(), List.of(), List.of(), Map.of(), false);

    public Parties {
        parties = List.copyOf(parties);
        mentioned = List.copyOf(mentioned);
        evidence = List.copyOf(evidence);
        basis = Map.copyOf(basis);
    }
}
