package org.pacta.metadata.news;

import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.PhraseTable;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.TsvRows;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code time-words.tsv} that tell when a news report's event happened, besides dates and
 * relative days: vague times, "from" before a date, and weekdays. Immutable and thread-safe;
 * {@link #get()} is shared.
 */
final class TimeWords {

    private static final TimeWords INSTANCE = new TimeWords();

    private final PhraseTable<Boolean> vague = new PhraseTable<>();
    private final Map<String, Integer> fromReach = new HashMap<>();
    private final PhraseTable<DayOfWeek> extraWeekdays = new PhraseTable<>();
    private final Set<String> ordinary = new HashSet<>();

    private TimeWords() {
        for (String[] cols : TsvRows.read(TimeWords.class, "time-words.tsv")) {
            switch (cols[0]) {
                case "vague" -> vague.put(cols[1], true);
                case "from" -> fromReach.put(Fold.fold(cols[1]), Integer.parseInt(cols[2]));
                case "weekday" -> extraWeekdays.put(cols[1], DayOfWeek.of(Integer.parseInt(cols[2])));
                case "ordinary" -> ordinary.add(Fold.fold(cols[1]));
                default -> throw new IllegalStateException("time-words.tsv: unknown kind " + cols[0]);
            }
        }
    }

    static TimeWords get() {
        return INSTANCE;
    }

    /** A vague time phrase at token {@code k} ("earlier", "this year", "l'an dernier"), its length, or 0. */
    int vagueAt(List<Token> tokens, int k) {
        PhraseTable.Match<Boolean> m = vague.at(tokens, k);
        return m == null ? 0 : m.length();
    }

    /** Whether token {@code k}, {@code distance} words before a date, makes it "from" that date on. */
    boolean from(Token t, int distance) {
        Integer reach = fromReach.get(t.norm());
        return reach != null && distance <= reach;
    }

    /**
     * The weekday named at token {@code k} ("Thursday", "jeudi", "quinta-feira", "в среду" …), or null;
     * a weekday name that is also an ordinary word ("bazar", "среда") only when capitalised.
     */
    DateLexicon.Match<DayOfWeek> weekday(List<Token> tokens, int k) {
        PhraseTable.Match<DayOfWeek> extra = extraWeekdays.at(tokens, k);
        if (extra != null) {
            return new DateLexicon.Match<>(extra.value(), extra.length());
        }
        DateLexicon.Match<DayOfWeek> named = DateLexicon.get().weekday(tokens, k);
        if (named == null || named.length() == 1 && ordinary.contains(tokens.get(k).norm()) && !tokens.get(k).capitalized()) {
            return null;
        }
        return named;
    }
}
