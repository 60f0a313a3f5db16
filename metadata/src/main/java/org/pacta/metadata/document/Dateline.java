package org.pacta.metadata.document;

import java.time.LocalDate;

/**
 * Where and when a news article was written: its dateline ("BAKU, December 25, 2025 –",
 * "WASHINGTON, March 2 -"), completed by a byline ("Reuters, 2 March 1987") or a date label
 * ("date 2025-12-16").
 *
 * @param city       the dateline's city as written (e.g. "NEW DELHI"), or null
 * @param date       the article's date, or null when no year is known
 * @param start      offset of the dateline (or of the byline/label when there is no dateline)
 * @param end        offset just past it
 * @param confidence how sure the reading is
 */
public record Dateline(String city, LocalDate date, int start, int end, double confidence) {
}
