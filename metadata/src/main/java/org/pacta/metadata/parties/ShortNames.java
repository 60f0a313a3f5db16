package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a treaty uses for an organisation it has named in full: "the Community" for the
 * European Economic Community, "the Union" for the Eurasian Economic Union. A short name is read as
 * the one organisation of the text whose full name holds that word; with none or several, it stays
 * unread (the word alone means nothing in the gazetteer).
 */
final class ShortNames {

    /** The words a short name is made of, as written. */
    private static final List<String> SHORT_WORDS = List.of("Community", "COMMUNITY", "Communaut\u00e9", "Comunidad",
            "Union", "UNION", "Uni\u00f3n", "Gemeinschaft");
    /** The article that makes the word a name: "the Community", "la Comunidad", "l'Union", "die Gemeinschaft". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:\\b(?:[Tt]he|THE|[Ll]a|LA|[Dd]ie)\\s{1,3}|\\b[Ll]')$");

    /** Whether a full name holds one of the words a short name is made of. */
    private static final Pattern HAS_SHORT_WORD = Pattern.compile(
            "(?i)communit|communaut|comunidad|union|unión|gemeinschaft");

    private ShortNames() {
    }

    /** {@code mentions} (in text order) with a mention added for each readable short name. */
    static List<Mention> add(String text, List<Mention> mentions, Gazetteer gazetteer) {
        if (mentions.stream().noneMatch(m -> gazetteer.isOrganisation(m.code()) && HAS_SHORT_WORD.matcher(m.text()).find())) {
            return mentions; // no community or union named in full: nothing a short name could mean
        }
        List<Mention> added = new ArrayList<>();
        for (String word : SHORT_WORDS) {
            String organisation = null;
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))
                        || !ARTICLE_BEFORE.matcher(text.substring(Math.max(0, at - 5), at)).find()) {
                    continue;
                }
                if (organisation == null) {
                    organisation = onlyOrganisationNamed(word, mentions, gazetteer);
                    if (organisation == null) {
                        break;
                    }
                }
                if (!overlaps(mentions, at, end)) {
                    added.add(new Mention(organisation, Mention.Kind.NAME, at, end, word));
                }
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    private static String onlyOrganisationNamed(String word, List<Mention> mentions, Gazetteer gazetteer) {
        String stem = stem(word);
        Set<String> found = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.DEMONYM && gazetteer.isOrganisation(m.code())
                    && plain(m.text()).contains(stem)) {
                found.add(m.code());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) { // the first mention that ends after start
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < mentions.size() && mentions.get(lo).start() < end;
    }

    /** "Community" and "Communities", "Unión" and "Union" compare by their first letters, case and accents aside. */
    private static String stem(String word) {
        String lower = plain(word);
        return lower.length() <= 5 ? lower : lower.substring(0, lower.length() - 2);
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00e9', 'e').replace('\u00f3', 'o');
    }
}
