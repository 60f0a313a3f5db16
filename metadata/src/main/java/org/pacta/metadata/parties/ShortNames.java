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

    /** "the Community", "la Communauté", "la Comunidad", "the Union", "l'Union", "la Unión", "die Gemeinschaft". */
    private static final Pattern SHORT_NAME = Pattern.compile(
            "\\b(?:[Tt]he|THE|[Ll]a|LA|[Ll]'|[Dd]ie)\\s*(Community|COMMUNITY|Communaut\u00e9|Comunidad|Union|UNION|Uni\u00f3n|Gemeinschaft)\\b");

    private ShortNames() {
    }

    /** {@code mentions} (in text order) with a mention added for each readable short name. */
    static List<Mention> add(String text, List<Mention> mentions, Gazetteer gazetteer) {
        List<Mention> added = new ArrayList<>();
        Matcher m = SHORT_NAME.matcher(text);
        String lastWord = null;
        String lastOrganisation = null;
        int next = 0; // the first mention that may still overlap a match (both run in text order)
        while (m.find()) {
            while (next < mentions.size() && mentions.get(next).end() <= m.start(1)) {
                next++;
            }
            String word = m.group(1);
            if (!word.equals(lastWord)) {
                lastWord = word;
                lastOrganisation = onlyOrganisationNamed(word, mentions, gazetteer);
            }
            boolean overlaps = next < mentions.size() && mentions.get(next).start() < m.end(1);
            if (lastOrganisation != null && !overlaps) {
                added.add(new Mention(lastOrganisation, Mention.Kind.NAME, m.start(1), m.end(1), word));
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

    /** "Community" and "Communities", "Unión" and "Union" compare by their first letters, case and accents aside. */
    private static String stem(String word) {
        String lower = plain(word);
        return lower.length() <= 5 ? lower : lower.substring(0, lower.length() - 2);
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00e9', 'e').replace('\u00f3', 'o');
    }
}
