package org.pacta.metadata.parties;

import org.pacta.core.document.Evidence;

/** A party as one rule read it, with the sentence it read it from. */
record Candidate(String code, Rule rule, Evidence evidence) {

    static Candidate of(String code, Rule rule, Reading reading, int start, int end) {
        int[] span = reading.sentenceAround(start, end);
        return new Candidate(code, rule, new Evidence(code, reading.text().substring(span[0], span[1]).strip(),
                span[0], span[1], rule.confidence));
    }
}
