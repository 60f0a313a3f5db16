package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Parties in a title: the list it opens with ("Japan - Thailand", "EFTA - Egypt", "Korea, Republic
 * of - US", "U.S., TURKEY SIGN AID AGREEMENT") and the list after "between", "among", "by the
 * delegations of", "with", "to" ("Agreement between the Government of X and the Government of Y on
 * ...", "MEXICO SIGNS ... WITH U.K."). Names elsewhere in a title ("CHINA AND PORTUGAL SIGN MACAO
 * DEAL") are what the agreement is about, not who made it. The title comes from the caller (the
 * file's own title, a headline); finding an agreement's title in its text is {@code fields.TitleReader}'s.
 */
final class TitlePartiesReader {

    /** Reads a title line; {@code offset} is where it sits in the text, or -1 when it is not there. */
    List<Candidate> read(String title, Gazetteer gazetteer, Rule rule, int offset) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        Reading reading = new Reading(title, null, gazetteer);
        List<Candidate> out = new ArrayList<>();
        for (List<Mention> list : reading.partyLists(0, title.length(), 0)) {
            for (Mention m : list) {
                reading.candidate(m, rule, 0, title.length()).ifPresent(c -> out.add(
                        new Candidate(c.code(), rule, evidence(c.code(), title, rule, offset), c.scope(), rule.basis)));
            }
        }
        return out;
    }

    private static Evidence evidence(String code, String title, Rule rule, int offset) {
        int start = offset < 0 ? -1 : offset;
        int end = offset < 0 ? -1 : offset + title.length();
        return new Evidence(code, title.strip(), start, end, rule.confidence);
    }
}
