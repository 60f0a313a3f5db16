package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of names as treaties write them: "the Government of X and the Government of Y", "The
 * Republic of A, the Kingdom of B, ... and C", "X, on the one part, and Y, on the other part". Two
 * mentions belong to one list when the words between them are only formal filler (articles,
 * "Government of", "Republic of", "and", "on the one part", list markers, a parenthesis...).
 */
final class NameLists {

    /** Words that may stand between the names of a list, or before its first name. */
    private static final Set<String> FILLER = Set.of(
            "and", "y", "e", "et", "und", "the", "of", "de", "del", "la", "le", "les", "los", "las", "el", "du",
            "des", "d", "l", "its", "their", "government", "governments", "gobierno", "gobiernos",
            "gouvernement", "gouvernements", "home", "royal", "his", "her", "majesty", "majesty's", "majestys",
            "s", "republic", "republics", "república", "republica", "république", "republique", "kingdom",
            "reino", "royaume", "state", "states", "estado", "estados", "état", "etat", "états", "etats",
            "principality", "principauté", "principado", "grand", "duchy", "sultanate", "emirate",
            "emirates", "commonwealth", "confederation", "federation", "union", "islamic", "arab",
            "democratic", "socialist", "people", "people's", "peoples", "popular", "federal", "federative",
            "hashemite", "plurinational", "bolivarian", "oriental", "independent", "co-operative",
            "cooperative", "united", "on", "one", "other", "part", "hand", "parte", "otra", "una", "por",
            "pour", "for", "member", "members", "countries", "council", "delegation", "delegations",
            "delegación", "délégation", "sd",
            // "and" in Turkish and Russian ("Türkiye ile Azerbaycan", "Россия и Китай"), German articles
            "ile", "ve", "и", "der", "die", "das", "governo", "regierung", "regierungen",
            // heads of state in whose name older treaties are made: "The President of the Italian Republic"
            "president", "presidente", "président", "king", "queen", "highness", "prince", "emir", "amir",
            "sultan", "head", "heads", "plenipotentiary", "plenipotentiaries", "duke", "duc", "roi", "reine", "rey",
            "reina", "sa", "son", "su", "majesté", "majeste", "majestad", "altesse", "alteza", "royale", "real");

    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]{0,250}\\)");
    private static final Pattern MINISTRY = Pattern.compile(
            "(?i)\\b(?:ministry|minister|ministère|ministre|ministerio|ministro|department|secretary|embassy|parliament)"
                    + "\\s+(?:of|for|de|du|des)\\s+(?:[\\p{L}'-]+\\s+){0,5}?(?:of|de|du|des)\\b");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\\p{Punct}\\u2010-\\u2015\\u201c\\u201d\\u2018\\u2019\\u23af\\u00ab\\u00bb…]+");
    private static final Pattern LIST_MARKER = Pattern.compile("(?:\\d{1,3}|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv|xvi{0,3})");
    private static final int MAX_GAP = 320;

    private final String text;
    private final List<Mention> mentions;

    NameLists(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The index of the first mention starting at or after {@code offset} (size() if none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The list that starts with mention {@code i} and ends before {@code limit}: consecutive names
     *  separated only by filler. Demonyms end a list. */
    List<Mention> listFrom(int i, int limit) {
        List<Mention> list = new ArrayList<>();
        if (i >= mentions.size() || mentions.get(i).end() > limit || mentions.get(i).kind() == Mention.Kind.DEMONYM) {
            return list;
        }
        list.add(mentions.get(i));
        for (int j = i + 1; j < mentions.size(); j++) {
            Mention previous = mentions.get(j - 1);
            Mention next = mentions.get(j);
            if (next.end() > limit || next.kind() == Mention.Kind.DEMONYM
                    || !isFiller(text.substring(previous.end(), next.start()))) {
                break;
            }
            list.add(next);
        }
        return list;
    }

    /** Whether the text between two names is only formal filler. */
    static boolean isFiller(String gap) {
        if (gap.length() > MAX_GAP) {
            return false;
        }
        return nonFillerWords(gap) == 0;
    }

    /** How many words of {@code s} are not formal filler (parentheses and ministry phrases skipped). */
    static int nonFillerWords(String s) {
        String t = s;
        String before;
        do {
            before = t;
            t = PARENTHESIS.matcher(t).replaceAll(" ");
        } while (!t.equals(before));
        t = MINISTRY.matcher(t).replaceAll(" ");
        int count = 0;
        for (String token : TOKEN_SPLIT.split(t.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && !FILLER.contains(token) && !LIST_MARKER.matcher(token).matches()) {
                count++;
            }
        }
        return count;
    }
}
