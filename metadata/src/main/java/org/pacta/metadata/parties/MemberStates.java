package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * Replaces or completes the organisations among {@code best} (by code) with their members as of
     * {@code signingTime}, which is asked for only when an organisation needs it (finding the year of
     * an undated text is costly).
     */
    void expand(Map<String, Candidate> best, Supplier<Optional<SigningTime>> signingTime, boolean treatyText) {
        long statesNamed = best.keySet().stream().filter(c -> !gazetteer.isOrganisation(c)).count();
        List<Candidate> standingForMembers = new ArrayList<>();
        for (Candidate org : new ArrayList<>(best.values())) {
            if (!gazetteer.isOrganisation(org.code()) || !org.rule().structural) {
                continue;
            }
            if (onlyForMembers(org) && statesNamed >= 2) {
                best.remove(org.code()); // the text names the states that sign for it
            } else if (onlyForMembers(org) || org.scope() == Candidate.Scope.SELF_AND_MEMBERS
                    || treatyText && org.code().equals(EUROPEAN_UNION)) {
                standingForMembers.add(org);
            }
        }
        if (standingForMembers.isEmpty()) {
            return;
        }
        Optional<SigningTime> when = signingTime.get();
        if (when.isEmpty()) {
            return; // no date: the organisations stay as the text names them
        }
        for (Candidate org : standingForMembers) {
            addMembers(best, org, when.get());
        }
    }

    private boolean onlyForMembers(Candidate org) {
        return gazetteer.isGrouping(org.code()) || org.scope() == Candidate.Scope.MEMBERS;
    }

    private void addMembers(Map<String, Candidate> best, Candidate org, SigningTime when) {
        List<Memberships.Membership> members = memberships.on(org.code(), when.day());
        boolean founding = members.isEmpty();
        if (founding) {
            members = memberships.foundersBefore(org.code(), when.day());
        }
        if (members.isEmpty()) {
            return; // no data for that day: the organisation stays as the text names it
        }
        if (onlyForMembers(org)) {
            best.remove(org.code());
        } else if (!when.exact() && 2 * members.stream().filter(m -> best.containsKey(m.member())).count() >= members.size()) {
            return; // the text lists the member states itself, and only a guessed year would add more
        }
        for (Memberships.Membership m : members) {
            best.putIfAbsent(m.member(), member(org, m, founding ? "founding member of the " + org.code()
                    + " (signed " + when.describe() + ", members from " + m.joined() + ")"
                    : "member of the " + org.code() + " " + when.describe()));
        }
    }

    private static Candidate member(Candidate org, Memberships.Membership m, String why) {
        String basis = why + ", from the membership table (" + m.source() + ")";
        Evidence e = org.evidence();
        return new Candidate(m.member(), Rule.MEMBER, new Evidence(m.member(), e.sentence(), e.start(), e.end(),
                Rule.MEMBER.confidence), Candidate.Scope.SELF, basis);
    }
}
