package org.pacta.metadata.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date written in a text, complete or partial ("March 2" has no year; "the … day of November 1997"
 * no day).
 *
 * @param year      the year, or null
 * @param month     1–12, or null
 * @param day       1–31, or null
 * @param start     offset of its first character
 * @param end       offset just past its last character
 * @param firstToken index of its first token
 * @param endToken  index just past its last token
 */
public record DateMention(Integer year, Integer month, Integer day, int start, int end, int firstToken, int endToken) {

    /** Whether year, month and day are all known and form a real date. */
    public boolean complete() {
        return date() != null;
    }

    /** The date, or null when it is partial or invalid. */
    public LocalDate date() {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month and day (no year), e.g. a dateline's "March 2". */
    public boolean monthDay() {
        return year == null && month != null && day != null;
    }

    public DateMention withYear(int y) {
        return new DateMention(y, month, day, start, end, firstToken, endToken);
    }
}
