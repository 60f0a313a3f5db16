package org.pacta.metadata.parties;

/**
 * A name the gazetteer matches: what it stands for, as written in the data, and how strictly it
 * must be matched.
 *
 * @param code      the entity's code or organisation id
 * @param kind      name, body or demonym
 * @param written   the name as the source writes it
 * @param exactCase abbreviations ("EC", "U.S."): only in exactly this case
 */
record GazetteerEntry(String code, Mention.Kind kind, String written, boolean exactCase) {

    /** A place that merely contains a country's name ("Mexico City"): matched, then dropped. */
    static GazetteerEntry place(String written) {
        return new GazetteerEntry(null, Mention.Kind.NAME, written, false);
    }

    boolean isPlace() {
        return code == null;
    }
}
