package org.pacta.metadata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern tried only around the rare words every match contains ("witness" in
 * "IN WITNESS WHEREOF"): on a 200-page treaty, a regular expression that opens with a word boundary
 * and alternatives is tried at every character, which made these few patterns a fifth of the
 * metadata reading. Matches are the pattern's own, with word boundaries seen across the search
 * window. Immutable and thread-safe.
 */
public final class AnchoredPattern {

    private final Pattern pattern;
    private final int reach;
    private final List<String> anchors;

    /**
     * @param reach   how far a match may extend before or after its anchor
     * @param anchors lower-case words, one of which every match contains
     */
    public AnchoredPattern(Pattern pattern, int reach, String... anchors) {
        this.pattern = pattern;
        this.reach = reach;
        this.anchors = List.of(anchors);
    }

    /** Every match in {@code [from, to)}, in text order. */
    public List<MatchResult> findAll(String text, int from, int to) {
        String lower = lowerKeepingLength(text, from, to);
        TreeMap<Integer, MatchResult> found = new TreeMap<>();
        for (String anchor : anchors) {
            for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
                int start = Math.max(from, from + at - reach);
                int end = Math.min(to, from + at + anchor.length() + reach);
                Matcher m = pattern.matcher(text).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    found.putIfAbsent(m.start(), m.toMatchResult());
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    public List<MatchResult> findAll(String text) {
        return findAll(text, 0, text.length());
    }

    /** The whole text in lower case, character for character, so that offsets in it are offsets in {@code text}. */
    public static String lowerKeepingLength(String text) {
        return lowerKeepingLength(text, 0, text.length());
    }

    private static String lowerKeepingLength(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = Character.toLowerCase(text.charAt(i));
        }
        return new String(chars);
    }
}
