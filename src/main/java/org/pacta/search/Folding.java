package org.pacta.search;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without accents, so "turk" matches "Türkiye" as the index's own folding does. */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('ı', 'i').strip();
    }
}
