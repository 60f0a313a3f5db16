package org.pacta.extraction;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language of a text as an ISO 639-1 code, by Lingua restricted to the languages this archive deals
 * with (a small candidate set keeps it fast and its models small). Only a sample of the text is
 * looked at: Lingua's cost grows with the input and a few thousand characters are plenty.
 * Thread-safe.
 */
public final class LanguageIdentifier {

    /** Candidate languages. The first eight are the project's; the rest are cheap and avoid mislabels. */
    static final Language[] CANDIDATES = {
        Language.ENGLISH, Language.TURKISH, Language.AZERBAIJANI, Language.RUSSIAN,
        Language.FRENCH, Language.SPANISH, Language.GERMAN, Language.ARABIC,
        Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.UKRAINIAN,
        Language.PERSIAN, Language.CHINESE, Language.JAPANESE, Language.KOREAN,
    };

    private static final int MIN_LETTERS = 20;

    private final LanguageDetector detector;
    private final int sampleChars;

    public LanguageIdentifier(int sampleChars) {
        this.sampleChars = sampleChars;
        // Low-accuracy mode uses the trigram models only: several times faster and smaller, and as
        // accurate as high-accuracy mode on inputs longer than a sentence or two, which ours are.
        this.detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES).withLowAccuracyMode().build();
    }

    /** ISO 639-1 code (e.g. {@code en}) of the text's language, or {@code null} if undecidable. */
    public String detect(CharSequence text) {
        if (text == null) {
            return null;
        }
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == null || language == Language.UNKNOWN) {
            return null;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /**
     * What Lingua makes of a short text (one OCR'd page), for choosing the OCR language.
     *
     * @param language ISO 639-1 code of the most likely language, {@code null} when undecidable
     * @param runnerUp confidence of the second most likely language relative to the first (0..1): close
     *                 to 1 means Lingua can hardly tell them apart
     * @param letters  number of letters in the sample
     */
    record Guess(String language, double runnerUp, int letters) {
    }

    /** Like {@link #detect} on the first {@code sampleChars} characters, with the runner-up's confidence. */
    Guess guess(CharSequence text) {
        String sample = text.length() <= sampleChars ? text.toString() : text.subSequence(0, sampleChars).toString();
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return new Guess(null, 0, letters);
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        if (!it.hasNext()) {
            return new Guess(null, 0, letters);
        }
        Map.Entry<Language, Double> first = it.next();
        double top = first.getValue();
        double second = it.hasNext() ? it.next().getValue() : 0;
        String code = first.getKey() == Language.UNKNOWN || top <= 0 ? null
                : first.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return new Guess(code, top <= 0 ? 0 : second / top, letters);
    }

    /**
     * Up to {@code sampleChars} characters. The opening of a treaty is mostly a title page and a list of
     * parties' names, so for long texts the sample starts a little way in.
     */
    private String sample(CharSequence text) {
        int len = text.length();
        if (len <= sampleChars) {
            return text.toString();
        }
        int start = Math.min(len - sampleChars, Math.min(len / 20, 5_000));
        return text.subSequence(start, start + sampleChars).toString();
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
