package org.pacta.metadata.parties;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When an agreement was signed, as exactly as the text says: the signing date when it was read, else
 * the year of its closing clause (the middle of that year stands for the day). Decides who was a
 * member of an organisation that signs for its members.
 */
record SigningTime(LocalDate day, boolean exact) {

    static Optional<SigningTime> of(LocalDate signed, String text) {
        if (signed != null) {
            return Optional.of(new SigningTime(signed, true));
        }
        OptionalInt year = SigningYear.of(text);
        return year.isPresent() ? Optional.of(new SigningTime(LocalDate.of(year.getAsInt(), 7, 1), false))
                : Optional.empty();
    }

    /** "on 1993-03-08" or "in 1993". */
    String describe() {
        return exact ? "on " + day : "in " + day.getYear();
    }
}
