package org.pacta.metadata.parties;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an agreement was signed, roughly: the year of its last "Done at ..." clause, in figures
 * or in English words ("the twenty-ninth day of June, one thousand nine hundred and seventy"), or
 * else the latest year the text mentions. Only used to know which states an organisation had as
 * members then; the signing date proper is read elsewhere.
 */
final class SigningYear {

    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "(?i)\\b(?:one|two)\\s+thousand(?:[\\s,-]+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                    + "|sixty|seventy|eighty|ninety|hundred)\\b)*");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final int CLAUSE = 300;
    /**
     * Words that put a date in the agreement's future: a timetable ("until 31 December 1995", "not
     * later than", "on 1 January 2001 each duty shall be reduced"). Such years say nothing about when
     * it was signed, and a tariff schedule's last year overshoots it by a decade.
     */
    private static final Pattern SCHEDULED = Pattern.compile(
            "(?i)\\b(?:until|till|before|by|after|from|expire[sd]?|later\\s+than|end\\s+of|beginning\\s+of|and|to"
                    + "|shall|will|periods?|years?)\\b[^.;:\\n]{0,20}$");
    /** ... or a date followed by what shall happen then ("1 January 2001 each duty shall be reduced"). */
    private static final Pattern SCHEDULING = Pattern.compile("^[^.;:\\n]{0,30}\\b(?:shall|will)\\b");
    private static final int LOOK_BACK = 30;

    private SigningYear() {
    }

    static OptionalInt of(String text) {
        int last = -1;
        Matcher closing = SignatureReader.CLOSING.matcher(text);
        while (closing.find()) {
            last = closing.start();
        }
        if (last >= 0) {
            String clause = text.substring(last, Math.min(text.length(), last + CLAUSE));
            Matcher year = YEAR.matcher(clause);
            if (year.find()) {
                return OptionalInt.of(Integer.parseInt(year.group(1)));
            }
            Matcher words = NUMBER_WORDS.matcher(clause);
            if (words.find()) {
                return OptionalInt.of(parse(words.group()));
            }
        }
        int latest = -1;
        int latestScheduled = -1;
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (scheduled(text, year.start(), year.end())) {
                latestScheduled = Math.max(latestScheduled, y);
            } else {
                latest = Math.max(latest, y);
            }
        }
        latest = latest < 0 ? latestScheduled : latest;
        return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    private static boolean scheduled(String text, int start, int end) {
        return SCHEDULED.matcher(text).region(Math.max(0, start - LOOK_BACK), start).find()
                || SCHEDULING.matcher(text).region(end, Math.min(text.length(), end + LOOK_BACK + 10)).find();
    }

    /** "one thousand nine hundred and seventy-two" → 1972. */
    static int parse(String words) {
        int total = 0;
        int current = 0;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s,-]+")) {
            if (w.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (UNITS.containsKey(w)) {
                current += UNITS.get(w);
            }
        }
        return total + current;
    }
}
