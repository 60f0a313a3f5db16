package org.pacta.core.sharedtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text as the words that shared text compares: runs of letters and digits, lower-cased, so that
 * line breaks, hyphenation spaces, punctuation and capitals do not hide a copy.
 */
public final class Words {

    private Words() {
    }

    /** One word: what is compared ({@code key}) and where it is in the text. */
    public record Word(String key, int start, int end) {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            words.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        }
        return words;
    }

    public static List<String> keys(String text) {
        return of(text).stream().map(Word::key).toList();
    }
}
