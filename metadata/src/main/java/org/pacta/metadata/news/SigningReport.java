package org.pacta.metadata.news;

import org.pacta.metadata.places.PlacePhrase.Place;

import java.time.LocalDate;

/**
 * A news sentence that reports a signing.
 *
 * @param verbStart   offset of the verb ("signed")
 * @param date        the signing date it gives, or null
 * @param dateHow     how the date was read
 * @param dateStart   offset of the date expression (the verb's for an implied date)
 * @param dateEnd     offset just past it
 * @param place       the place it names ("signed in Istanbul"), or null
 * @param here        whether it says "signed here" (the dateline's city)
 * @param score       how much to believe the date (0–1)
 */
public record SigningReport(int verbStart, int verbEnd, LocalDate date, DateHow dateHow, int dateStart, int dateEnd,
                            Place place, boolean here, double score) {

    public enum DateHow {
        /** "on July 22, 2025", "on February 24" (year from the article). */
        EXPLICIT,
        /** "yesterday", "last night", "on Tuesday": counted from the article's date. */
        RELATIVE,
        /** "X and Y signed an agreement" with no time: the article's own date. */
        IMPLIED,
        /** No date: "signed earlier this year". */
        NONE
    }
}
