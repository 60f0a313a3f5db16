package org.pacta.metadata.parties;

/**
 * One place where the text names a country or organisation.
 *
 * @param code  ISO 3166-1 alpha-3 code, historical code or organisation id
 * @param kind  how the text names it
 * @param start offset of the first character in the text
 * @param end   offset just past the last character
 * @param text  the words as written
 */
public record Mention(String code, Kind kind, int start, int end, String text) {

    public enum Kind {
        /** A name, alias or abbreviation: "Türkiye", "the Republic of Turkey", "EC". */
        NAME,
        /** A government body standing for its state: "Milli Majlis". */
        BODY,
        /** An adjective of nationality: "Turkish", "Azerbaijani"; a party only in roles. */
        DEMONYM,
        /** An organisation named for its members: "the EFTA States", "Member States of ASEAN". */
        MEMBERS,
    }

    /** Whether this names the entity itself (a name or a body), not its members or nationality. */
    public boolean isName() {
        return kind == Kind.NAME || kind == Kind.BODY;
    }
}
