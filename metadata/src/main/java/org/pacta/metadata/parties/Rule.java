package org.pacta.metadata.parties;

/** Why a country or organisation was read as a party, in order of trust. */
enum Rule {
    /** The agreement's own structure. */
    PREAMBLE(0.95, true),
    SIGNATURE(0.95, true),
    TITLE(0.9, true),
    OPENING_ARTICLE(0.85, true),
    MEMBERSHIP_CLAUSE(0.7, true),
    /** News and correspondence. */
    HEADLINE(0.85, false),
    LEAD(0.8, false),
    BODY(0.65, false),
    /** "The Azerbaijani Defense Minister and his Turkish counterpart". */
    ROLE(0.7, false),
    /** An EU agreement binds the states that were members when it was signed. */
    EU_MEMBER(0.6, true),
    /** Nothing structural: the only states a treaty text names. */
    ONLY_NAMED(0.4, true);

    final double confidence;
    /** Whether the rule reads the agreement's own text (title, preamble, signatures, articles). */
    final boolean structural;

    Rule(double confidence, boolean structural) {
        this.confidence = confidence;
        this.structural = structural;
    }
}
