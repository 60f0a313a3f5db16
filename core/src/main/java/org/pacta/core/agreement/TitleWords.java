package org.pacta.core.agreement;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words of a title that tell one agreement from another: folded, without function words, the
 * names of instrument kinds ("Memorandum of Understanding") or the formal wrapping of parties
 * ("Ministry", "Republic of"). "… between the Ministry of Defense of the Republic of Azerbaijan and …"
 * and "… between the Ministry of Defense of Azerbaijan and …" have the same words.
 */
final class TitleWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> IGNORED = Set.of(
            // function words (English, French, Spanish, German)
            "the", "of", "and", "on", "between", "for", "in", "to", "a", "an", "with", "concerning", "relating",
            "regarding", "by", "among", "amongst", "its", "their", "de", "la", "le", "les", "el", "los", "las", "y",
            "et", "des", "du", "del", "entre", "sobre", "sur", "en", "und", "der", "die", "das", "zwischen", "uber",
            // kinds of instrument
            "agreement", "agreements", "memorandum", "understanding", "mou", "treaty", "convention", "protocol",
            "accord", "declaration", "arrangement", "exchange", "notes", "letters", "charter", "pact", "deal",
            "acuerdo", "tratado", "convenio", "traite", "abkommen", "vertrag", "joint", "statement",
            // the formal wrapping of a party
            "government", "governments", "republic", "kingdom", "ministry", "minister", "state", "states",
            "federal", "people", "peoples", "democratic", "socialist", "islamic", "union", "gobierno",
            "republica", "gouvernement", "republique");

    private TitleWords() {
    }

    static Set<String> of(String title) {
        Set<String> words = new TreeSet<>();
        if (title == null) {
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('ı', 'i');
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty() && !IGNORED.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Shared words over all words (Jaccard), 0 when either is empty. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
