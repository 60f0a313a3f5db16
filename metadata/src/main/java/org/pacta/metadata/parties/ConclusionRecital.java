package org.pacta.metadata.parties;

import org.pacta.metadata.dates.DateFinder;
import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consolidated or amended text opens with its present members, then recites how the instrument was
 * made: "Having regard to the conclusion on 4 January 1960, between the Republic of Austria, … and the
 * United Kingdom …, of the Convention establishing …". When the recited day is the day the text itself
 * was signed (its own closing clause), the states of that list are the ones who signed it; the members
 * named before them joined later. A recital of another day (a protocol citing its agreement) says
 * nothing about the text's own parties.
 */
final class ConclusionRecital {

    private static final Pattern CONCLUDED = Pattern.compile(
            "(?i)\\b(?:conclusion|concluded|signature|signed)\\b(?=.{0,40}?\\d)");
    /** The recital ends at its semicolon; past that, another recital. */
    private static final int MAX_RECITAL = 1_500;
    private static final int SEARCH = 20_000;
    private static final DateFinder DATES = new DateFinder();

    /** The states the opening recitals say concluded the instrument on {@code signedOn}; none otherwise. */
    List<Candidate> read(Reading reading, LocalDate signedOn) {
        if (signedOn == null) {
            return List.of();
        }
        String text = reading.text();
        int limit = openingEnd(text);
        Matcher recital = CONCLUDED.matcher(text).region(0, limit);
        while (recital.find()) {
            int end = recitalEnd(text, recital.end(), limit);
            if (!recitesDay(text.substring(recital.start(), end), signedOn)) {
                continue;
            }
            for (List<Mention> list : reading.partyLists(recital.start(), end, 6)) {
                List<Candidate> states = new ArrayList<>();
                for (Mention m : list) {
                    if (m.isName() && !reading.gazetteer().isOrganisation(m.code())) {
                        states.add(Candidate.of(m.code(), Rule.CONCLUSION, reading, m.start(), m.end()));
                    }
                }
                if (states.stream().map(Candidate::code).distinct().count() >= 2) {
                    return states;
                }
            }
        }
        return List.of();
    }

    /** Before the first article: where recitals stand. */
    private static int openingEnd(String text) {
        int limit = Math.min(text.length(), SEARCH);
        Matcher article = PreambleReader.FIRST_ARTICLE.matcher(text).region(0, limit);
        return article.find() ? article.start() : limit;
    }

    private static int recitalEnd(String text, int from, int limit) {
        int max = Math.min(limit, from + MAX_RECITAL);
        int semicolon = text.indexOf(';', from);
        return semicolon >= 0 && semicolon < max ? semicolon : max;
    }

    private static boolean recitesDay(String recital, LocalDate day) {
        for (DateMention date : DATES.find(Tokenizer.tokenize(recital))) {
            if (date.complete() && day.equals(date.date())) {
                return true;
            }
        }
        return false;
    }
}
