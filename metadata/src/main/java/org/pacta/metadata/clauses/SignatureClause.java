package org.pacta.metadata.clauses;

import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.places.PlacePhrase.Place;

/**
 * A place in an agreement text that says where and when it was signed.
 *
 * @param kind  what kind of statement it is
 * @param start offset where the statement starts (its anchor word, or the title for a title date)
 * @param end   offset just past the date or place it gives
 * @param date  the date it gives, or null (a blank "DONE at ---- day of -----")
 * @param place the place it gives, or null
 * @param score how much it is to be believed as the signing of this agreement (0–1)
 */
public record SignatureClause(Kind kind, int start, int end, DateMention date, Place place, double score) {

    public enum Kind {
        /** "Done at …", "Hecho en …", "Fait à …", "Signed in duplicate in …" opening a clause. */
        CLAUSE,
        /** "open for signature at …". */
        OPEN_FOR_SIGNATURE,
        /** A date set with the title: "Agreement between … 5 November 1993", "… BRUSSELS, 17 MAY 1926". */
        TITLE_DATE,
        /** A note's date line: "Brussels, 17 May 1926" alone on its line. */
        DATE_LINE,
        /** "issued at …" (joint statements, communiqués) in the title block. */
        ISSUED,
        /** "Adopted at …". */
        ADOPTED,
        /** "signed in Rabat on …" inside a closing sentence. */
        INLINE,
        /** A header field: "Date of signing: December 17, 1992". */
        FIELD,
        /** A signatory's own date in the signature block: "For the Republic of … Date: 12.3.2003". */
        SIGNATORY,
        /** "…, done at Marrakesh, 15 April 1994": another instrument, cited. */
        REFERENCE
    }
}
