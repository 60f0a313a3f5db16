package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For treaty texts whose structure names no parties (a text kept without its preamble and signature
 * blocks): the organisations whose member states the articles speak of throughout, "the ACP States"
 * on every page, or "the Community" together with "the Member States". Such a text is an agreement
 * of those members; {@link MemberStates} turns them into states as of the signing date.
 */
final class RecurringMembers {

    /** How often the articles must speak of them: once is a mention, this many times is the subject... */
    static final int MIN_MENTIONS = 10;
    /** ... and at least this often for every 10,000 characters, so that a long text's asides do not count. */
    static final int PER_10K_CHARS = 3;
    private static final Pattern MEMBER_STATES = Pattern.compile(
            "\\b(?:Member\\s+States|MEMBER\\s+STATES|États\\s+membres|Estados\\s+miembros|Mitgliedstaaten)\\b");

    List<Candidate> read(Reading reading, Memberships memberships) {
        Map<String, Integer> membersOf = new LinkedHashMap<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : reading.mentions()) {
            if (!reading.gazetteer().isOrganisation(m.code()) || !memberships.knows(m.code())) {
                continue;
            }
            first.putIfAbsent(m.code(), m);
            (m.kind() == Mention.Kind.MEMBERS ? membersOf : named).merge(m.code(), 1, Integer::sum);
        }
        int often = Math.max(MIN_MENTIONS, reading.text().length() / 10_000 * PER_10K_CHARS);
        boolean speaksOfMemberStates = count(MEMBER_STATES.matcher(reading.text()), often) >= often;
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Mention> e : first.entrySet()) {
            String code = e.getKey();
            Mention m = e.getValue();
            if (membersOf.getOrDefault(code, 0) >= often) {
                out.add(Candidate.of(code, Rule.RECURRING_MEMBERS, reading, m.start(), m.end(), Candidate.Scope.MEMBERS));
            } else if (speaksOfMemberStates && named.getOrDefault(code, 0) >= often
                    && !reading.gazetteer().isGrouping(code)) {
                out.add(Candidate.of(code, Rule.RECURRING_MEMBERS, reading, m.start(), m.end(),
                        Candidate.Scope.SELF_AND_MEMBERS));
            }
        }
        return out;
    }

    private static int count(Matcher m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
