package org.pacta.metadata.parties;

/** Why a country or organisation was read as a party, in order of trust. */
enum Rule {
    /** The agreement's own structure. */
    /** "Having regard to the conclusion on [the signing day], between A, B and C, of the Convention": its signatories. */
    CONCLUSION(0.97, true, "concluded it on the day the text was signed (the opening recitals)"),
    PREAMBLE(0.95, true, "named in the preamble"),
    SIGNATURE(0.95, true, "signature block"),
    TITLE(0.9, true, "named in the title"),
    OPENING_ARTICLE(0.85, true, "named in the first article"),
    MEMBERSHIP_CLAUSE(0.7, true, "membership clause"),
    /** "(a) for Australia, the Treasurer ...; (b) for Canada, ...": the provisions each party made for itself. */
    PARTY_PROVISIONS(0.6, true, "provisions made for each party"),
    /** News and correspondence. */
    HEADLINE(0.85, false, "named in the headline"),
    LEAD(0.8, false, "named in the lead"),
    BODY(0.65, false, "named in the report"),
    /** "The Azerbaijani Defense Minister and his Turkish counterpart". */
    ROLE(0.7, false, "its official signs"),
    /** A text without its preamble that speaks throughout of an organisation's member states ("the ACP States"). */
    RECURRING_MEMBERS(0.5, true, "the articles speak throughout of its member states"),
    /** An organisation that stands for its members: the states that were members when it was signed. */
    MEMBER(0.6, true, "member"),
    /** Nothing structural: the only states a treaty text names. */
    ONLY_NAMED(0.4, true, "the only state the text names");

    final double confidence;
    /** Whether the rule reads the agreement's own text (title, preamble, signatures, articles). */
    final boolean structural;
    /** Why a party read by this rule is a party, for a person. */
    final String basis;

    Rule(double confidence, boolean structural, String basis) {
        this.confidence = confidence;
        this.structural = structural;
        this.basis = basis;
    }
}
