package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SigningYearTest {

    @Test
    void readsTheYearOfTheClosingClauseInFiguresOrWords() {
        assertEquals(OptionalInt.of(2004), SigningYear.of("Signed in 1999.\nDONE at Tunis, on November 25th, 2004."));
        assertEquals(OptionalInt.of(1972), SigningYear.of("Done at Brussels on this eighteenth day of December in the year "
                + "one thousand nine\nhundred and seventy-two."));
        assertEquals(OptionalInt.of(2002), SigningYear.of("DONE at Ankara, this second day of July, two thousand and two"));
    }

    @Test
    void fallsBackToTheLatestYearMentioned() {
        assertEquals(OptionalInt.of(1991), SigningYear.of("in force on 1 July 1990, or on 1 January 1991"));
        assertEquals(OptionalInt.empty(), SigningYear.of("no year here"));
    }

    @Test
    void yearsOfATimetableAreTheFutureNotTheSigning() {
        assertEquals(OptionalInt.of(1991), SigningYear.of("Having regard to the Agreement of 12 May 1991,\n"
                + "On 1 January 1999 each duty shall be reduced to 30 %; until 31 December 2001 the quota shall apply; "
                + "by 2003 the remaining duties shall be abolished."));
        assertEquals(OptionalInt.of(2001), SigningYear.of("until 31 December 2001 the quota shall apply"),
                "a timetable alone is still better than nothing");
    }
}
