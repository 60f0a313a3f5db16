package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns organisations that stand for their member states into those states, as members were on the
 * signing date ({@link Memberships}): "the Member States of SADC" become SADC's members; "the
 * Community and its Member States" become the Community plus its members; a grouping whose members
 * sign for it (EFTA, ASEAN) and that the text does not resolve into states becomes its members; an
 * agreement of the European Union that lists no member state binds the states that were members
 * (TFEU Art. 216(2)). Every state added records why.
 */
final class MemberStates {

    /** The organisation whose own agreements bind its member states (its id in gazetteer.yaml). */
    static final String EUROPEAN_UNION = "European Union";

    private final Gazetteer gazetteer;
    private final Memberships memberships;

    MemberStates(Gazetteer gazetteer, Memberships memberships) {
        this.gazetteer = gazetteer;
        this.memberships = memberships;
    }

    /** Replaces or completes the organisations among {@code best} (by code) with their members. */
    void expand(Map<String, Candidate> best, Optional<SigningTime> when, boolean treatyText) {
        long statesNamed = best.keySet().stream().filter(c -> !gazetteer.isOrganisation(c)).count();
        for (Candidate org : new ArrayList<>(best.values())) {
            if (!gazetteer.isOrganisation(org.code()) || !org.rule().structural) {
                continue;
            }
            boolean grouping = gazetteer.isGrouping(org.code());
            boolean onlyForMembers = grouping || org.scope() == Candidate.Scope.MEMBERS;
            if (onlyForMembers && statesNamed >= 2) {
                best.remove(org.code()); // the text names the states that sign for it
                continue;
            }
            boolean standsForMembers = onlyForMembers || org.scope() == Candidate.Scope.SELF_AND_MEMBERS
                    || treatyText && org.code().equals(EUROPEAN_UNION);
            if (!standsForMembers) {
                continue;
            }
            List<Memberships.Membership> members = when.map(t -> memberships.on(org.code(), t.day())).orElse(List.of());
            if (members.isEmpty()) {
                continue; // no date or no data: the organisation stays as the text names it
            }
            if (onlyForMembers) {
                best.remove(org.code());
            } else if (!when.get().exact() && 2 * members.stream().filter(m -> best.containsKey(m.member())).count() >= members.size()) {
                continue; // the text lists the member states itself, and only a guessed year would add more
            }
            for (Memberships.Membership m : members) {
                best.putIfAbsent(m.member(), member(org, m, when.get()));
            }
        }
    }

    private static Candidate member(Candidate org, Memberships.Membership m, SigningTime when) {
        String basis = "member of the " + org.code() + " " + when.describe() + ", from the membership table ("
                + m.source() + ")";
        Evidence e = org.evidence();
        return new Candidate(m.member(), Rule.MEMBER, new Evidence(m.member(), e.sentence(), e.start(), e.end(),
                Rule.MEMBER.confidence), Candidate.Scope.SELF, basis);
    }
}
