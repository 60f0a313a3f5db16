package org.pacta.metadata.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and accent folding for matching words across languages: "Décembre" → "decembre", "İyul" → "iyul". */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        if (plainAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // most words of most texts: no accents to strip
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('’', '\'').replace('ʼ', '\'');
        String n = Normalizer.normalize(lower, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        return n.replace("ß", "ss").replace('ø', 'o').replace('æ', 'a').replace('ł', 'l').replace('đ', 'd');
    }

    /**
     * Folded character by character, so that offsets stay those of the original text (a pattern
     * matched on it points into the original): "İ" becomes "i", not "i" and a dot; "ß" stays one letter.
     */
    public static String foldKeepingLength(String s) {
        String folded = fold(s);
        if (folded.length() == s.length()) {
            return folded;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String f = fold(String.valueOf(s.charAt(i)));
            b.append(f.length() == 1 ? f.charAt(0) : s.charAt(i) == 'İ' ? 'i' : Character.toLowerCase(s.charAt(i)));
        }
        return b.toString();
    }

    /** A folded word without the article elided onto it: "l'accord" → "accord", "d'entente" → "entente". */
    public static String withoutElision(String folded) {
        int apostrophe = folded.indexOf('\'');
        return apostrophe > 0 && apostrophe <= 2 && apostrophe < folded.length() - 1 ? folded.substring(apostrophe + 1) : folded;
    }

    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
