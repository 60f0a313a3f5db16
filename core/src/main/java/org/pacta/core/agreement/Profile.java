package org.pacta.core.agreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of a document that decide which agreement it belongs to. Documents with equal profiles
 * (copies, translations with the same metadata) are compared once.
 *
 * @param titleWords the title's distinguishing words, empty when the title is not read from the text
 */
record Profile(String curatedId, Set<String> parties, LocalDate signedDate, String type, Set<String> titleWords) {

    /** Kinds of instrument a reporter uses for any instrument ("the agreement", "the deal"). */
    private static final Set<String> GENERIC_TYPES = Set.of("agreement");
    private static final int MIN_TITLE_WORDS = 3;
    private static final double SAME_TITLE = 0.6;
    private static final double OTHER_TITLE = 0.34;

    static Profile of(DocumentFacts d) {
        var m = d.metadata();
        return new Profile(m.agreementId(), new TreeSet<>(m.parties()), m.signedDate(),
                m.type(), d.titleFromText() ? TitleWords.of(m.title()) : Set.of());
    }

    /**
     * Whether the two can describe the same instrument: nothing they both state differs. A curated
     * id on either side (only the same id joins it), signing dates, non-nested party lists, specific kinds ("treaty" vs "protocol") or
     * clearly different titles keep them apart.
     */
    boolean compatibleWith(Profile o) {
        if (curatedId != null || o.curatedId != null) {
            return java.util.Objects.equals(curatedId, o.curatedId); // a person's assignment is exclusive
        }
        if (signedDate != null && o.signedDate != null && !signedDate.equals(o.signedDate)) {
            return false;
        }
        if (!parties.isEmpty() && !o.parties.isEmpty() && !nested(parties, o.parties)) {
            return false;
        }
        if (type != null && o.type != null && !type.equals(o.type)
                && !GENERIC_TYPES.contains(type) && !GENERIC_TYPES.contains(o.type)) {
            return false;
        }
        return !(titled() && o.titled() && TitleWords.similarity(titleWords, o.titleWords) < OTHER_TITLE);
    }

    /**
     * Whether the two, being compatible, positively describe the same instrument: the same curated
     * id; the same signing date and the same parties (or two or more of them named by the other); or
     * nearly the same title with parties that fit.
     */
    boolean sameInstrumentAs(Profile o) {
        if (curatedId != null && curatedId.equals(o.curatedId)) {
            return true;
        }
        if (!compatibleWith(o)) {
            return false;
        }
        if (signedDate != null && signedDate.equals(o.signedDate) && !parties.isEmpty() && !o.parties.isEmpty()) {
            int smaller = Math.min(parties.size(), o.parties.size());
            if (parties.equals(o.parties) || smaller >= 2) {
                return true;
            }
        }
        return titled() && o.titled() && TitleWords.similarity(titleWords, o.titleWords) >= SAME_TITLE;
    }

    private boolean titled() {
        return titleWords.size() >= MIN_TITLE_WORDS;
    }

    private static boolean nested(Set<String> a, Set<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }
}
