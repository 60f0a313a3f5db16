package org.pacta.metadata.places;

import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a place name (a city) from tokens: capitalised words, with lower-case particles inside
 * ("Dar es Salaam", "Rio de Janeiro"), after an optional "the City of" / "la ciudad de"; it stops at a
 * comma, a lower-case word, a month, a number, or a language name ("Done in English and French").
 */
public final class PlacePhrase {

    /** A place as read: where it is, and its name as written and as indexed. */
    public record Place(String written, String name, int start, int end, int firstToken, int endToken) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "del", "da", "do", "du", "des", "la", "le", "es",
            "al", "el", "di", "sur", "am", "an", "upon", "on", "en", "y", "i");
    private static final Set<String> CITY_WORDS = Set.of("city", "ciudad", "ville", "cite", "town");
    private static final Set<String> STOP = new HashSet<>(Set.of(
            "this", "the", "that", "these", "on", "in", "at", "by", "of", "for", "and", "or", "which", "whereof",
            "duplicate", "triplicate", "quadruplicate", "original", "originals", "copy", "copies", "single",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "language", "languages",
            "witness", "faith", "day", "year", "article", "annex", "chapter", "government", "governments",
            "republic", "kingdom", "state", "states", "parties", "party", "agreement", "treaty", "protocol",
            "convention", "memorandum", "el", "la", "los", "las", "le", "les", "un", "une", "dos", "deux",
            "este", "esta", "presente", "ce", "cette", "present", "done", "signed", "hecho", "fait", "dado",
            "mr", "mrs", "his", "her", "their", "its", "we", "he", "she", "it", "they", "a", "an", "all",
            "both", "each", "english", "french", "spanish", "arabic", "russian", "chinese", "here", "there"));

    static {
        for (String iso : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(iso);
            for (Locale in : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
                String name = l.getDisplayLanguage(in);
                if (!name.isBlank() && !name.equalsIgnoreCase(iso) && !name.contains(" ")) {
                    STOP.add(Fold.fold(name));
                }
            }
        }
        // language names that are also common place names must stay usable as places
        STOP.removeAll(Set.of("nauru", "tonga", "luxembourg", "malta", "georgia", "maltese", "bislama"));
    }

    private PlacePhrase() {
    }

    /** The place starting at token {@code i}, or null. */
    public static Place read(String text, List<Token> tokens, int i) {
        int k = i;
        // "the City of Ashgabat", "la ciudad de Montevideo", "City of Ashgabat"
        if (k + 2 < tokens.size() && (tokens.get(k).is("the") || tokens.get(k).is("la"))
                && CITY_WORDS.contains(tokens.get(k + 1).norm())
                && (tokens.get(k + 2).is("of") || tokens.get(k + 2).is("de"))) {
            k += 3;
        } else if (k + 1 < tokens.size() && CITY_WORDS.contains(tokens.get(k).norm())
                && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("de"))) {
            k += 2;
        }
        int first = k;
        int last = -1;
        int words = 0;
        while (k < tokens.size() && words < 5) {
            Token t = tokens.get(k);
            if (k > first && t.breakBefore() > 0) {
                break;
            }
            if (t.isWord() && t.capitalized() && acceptable(t)) {
                last = k;
                words++;
                k++;
                continue;
            }
            if (last >= 0 && t.isWord() && PARTICLES.contains(t.norm()) && !t.capitalized()
                    && k + 1 < tokens.size() && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalized()
                    && acceptable(tokens.get(k + 1)) && tokens.get(k + 1).breakBefore() == 0) {
                k++;
                continue;
            }
            if (last >= 0 && (t.is("-") || t.is("'")) && t.start() == tokens.get(k - 1).end()
                    && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end() && tokens.get(k + 1).isWord()) {
                k++; // "Aix-en-Provence", "Saint-Denis"
                continue;
            }
            if (last >= 0 && t.is(".") && t.start() == tokens.get(k - 1).end() && tokens.get(k - 1).text().length() <= 3
                    && tokens.get(k - 1).capitalized() && k + 1 < tokens.size() && tokens.get(k + 1).capitalized()
                    && tokens.get(k + 1).breakBefore() == 0 && !tokens.get(k - 1).allCaps()) {
                k++; // "St. Gallen"
                continue;
            }
            break;
        }
        if (last < 0) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String written = text.substring(start, end);
        String name = PlaceNames.get().normalize(written);
        if (name == null || name.length() < 2) {
            return null;
        }
        return new Place(written, name, start, end, first, last + 1);
    }

    /** Turkish locative endings: "Ankara'da", "Paris'te". */
    private static final Set<String> LOCATIVE = Set.of("da", "de", "ta", "te");

    /** A Turkish place in the locative ("Ankara'da", "İstanbul'da") at token {@code i}: the name before the ending, or null. */
    public static Place readLocative(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalized()) {
            return null;
        }
        int apostrophe = Math.max(t.text().lastIndexOf('\''), t.text().lastIndexOf('’'));
        if (apostrophe < 2 || !LOCATIVE.contains(Fold.fold(t.text().substring(apostrophe + 1)))) {
            return null;
        }
        String written = t.text().substring(0, apostrophe);
        String name = PlaceNames.get().normalize(written);
        if (name == null || name.length() < 2) {
            return null;
        }
        return new Place(written, name, t.start(), t.start() + apostrophe, i, i + 1);
    }

    private static boolean acceptable(Token t) {
        if (STOP.contains(t.norm()) || t.text().length() < 2 && !t.allCaps()) {
            return false;
        }
        DateLexicon lex = DateLexicon.get();
        return lex.month(t.norm()) == 0 && lex.number(t.norm()) == null
                && lex.weekday(List.of(t), 0) == null;
    }
}
