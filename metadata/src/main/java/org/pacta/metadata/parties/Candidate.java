package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

/**
 * A party as one rule read it, with the sentence it read it from.
 *
 * @param scope whom the words name: the state or organisation itself, its member states ("the Member
 *              States of SADC"), or both ("the Community and its Member States")
 * @param basis why it is a party, in a few words a user can read ("signature block", "member of ...")
 */
record Candidate(String code, Rule rule, Evidence evidence, Scope scope, String basis) {

    enum Scope { SELF, MEMBERS, SELF_AND_MEMBERS }

    static Candidate of(String code, Rule rule, Reading reading, int start, int end) {
        return of(code, rule, reading, start, end, Scope.SELF);
    }

    static Candidate of(String code, Rule rule, Reading reading, int start, int end, Scope scope) {
        int[] span = reading.sentenceAround(start, end);
        return new Candidate(code, rule, new Evidence(code, reading.text().substring(span[0], span[1]).strip(),
                span[0], span[1], rule.confidence), scope, rule.basis);
    }

    /** Whether the words stand for the organisation's member states. */
    boolean namesMembers() {
        return scope != Scope.SELF;
    }
}
