package org.pacta.metadata.status;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal words one of which every match of a stage pattern starts with ("ratif" for
 * {@code \bratif(y|ied|ies|ying)\b}; "is", "are", "was" … for {@code \b(is|are|was) in force}), so that a
 * sentence that contains none of them is not searched: a hundred patterns that open with a word boundary
 * are tried at every character, and most sentences of an article report no stage. Null when the
 * pattern's opening is not plain enough to tell.
 */
final class LiteralPrefixes {

    /**
     * @param prefixes    words one of which every match starts with
     * @param atWordStart the pattern opens with a word boundary, so a prefix counts only at a word's start
     */
    record Gate(List<String> prefixes, boolean atWordStart) {

        /** Whether the folded text may hold a match. */
        boolean mayMatch(String folded) {
            for (String prefix : prefixes) {
                for (int at = folded.indexOf(prefix); at >= 0; at = folded.indexOf(prefix, at + 1)) {
                    if (!atWordStart || at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private LiteralPrefixes() {
    }

    /** The prefixes of {@code regex}'s matches, or null when they cannot be told. */
    static List<String> of(String regex) {
        List<String> out = new ArrayList<>();
        return collect(skipOpening(regex), out) ? out : null;
    }

    /** The gate of {@code regex}, or null when its prefixes cannot be told. */
    static Gate gate(String regex) {
        List<String> prefixes = of(regex);
        String opening = regex;
        while (opening.startsWith("(?<!") || opening.startsWith("(?<=")) {
            opening = opening.substring(closing(opening, 0) + 1);
        }
        return prefixes == null ? null : new Gate(prefixes, opening.startsWith("\\b"));
    }

    private static boolean collect(String regex, List<String> out) {
        regex = skipOpening(regex);
        if (regex.startsWith("(")) {
            int close = closing(regex, 0);
            if (close < 0 || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
                return false; // an optional opening group
            }
            String inside = regex.substring(regex.startsWith("(?:") ? 3 : 1, close);
            String rest = regex.substring(close + 1);
            for (String alternative : alternatives(inside)) {
                if (!collect(alternative + rest, out)) {
                    return false;
                }
            }
            return true;
        }
        int end = 0;
        while (end < regex.length() && isLiteral(regex.charAt(end))) {
            end++;
        }
        if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
            end--; // "initial(l)?ed" keeps "initial"; "ab?" only "a"
        }
        if (end < 2) {
            return false;
        }
        out.add(regex.substring(0, end));
        return true;
    }

    /** Without leading word boundaries and look-behinds, which match no characters. */
    private static String skipOpening(String regex) {
        while (true) {
            if (regex.startsWith("\\b")) {
                regex = regex.substring(2);
            } else if (regex.startsWith("(?<!") || regex.startsWith("(?<=")) {
                int close = closing(regex, 0);
                if (close < 0) {
                    return regex;
                }
                regex = regex.substring(close + 1);
            } else {
                return regex;
            }
        }
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == ',';
    }

    /** Index of the bracket closing the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level alternatives of a group's inside. */
    private static List<String> alternatives(String inside) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = inside.indexOf(']', i + 1);
                i = close < 0 ? inside.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(inside.substring(from, i));
                from = i + 1;
            }
        }
        out.add(inside.substring(from));
        return out;
    }
}
