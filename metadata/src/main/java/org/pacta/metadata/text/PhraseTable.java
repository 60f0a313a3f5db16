package org.pacta.metadata.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more words looked up at a token of a text, longest first: "yesterday", "last week",
 * "avant-hier", "в прошлый четверг". A phrase is cut into tokens as the text is ({@link Tokenizer}), so it
 * matches however its words are spaced or accented. Immutable once filled; not for concurrent filling.
 */
public final class PhraseTable<T> {

    /** What a phrase of {@code length} tokens means. */
    public record Match<T>(T value, int length) {
    }

    private final Map<String, T> values = new HashMap<>();
    /** First words of the phrases of more than one token: only these need a longer look. */
    private final java.util.Set<String> openers = new java.util.HashSet<>();
    private int longest = 1;

    /** Adds a phrase; the first value given for a phrase stays. */
    public void put(String phrase, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (!tokens.isEmpty()) {
            values.putIfAbsent(key(tokens, 0, tokens.size()), value);
            longest = Math.max(longest, tokens.size());
            if (tokens.size() > 1) {
                openers.add(tokens.get(0).norm());
            }
        }
    }

    /** The longest phrase starting at word {@code i}, or null. */
    public Match<T> at(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        String first = tokens.get(i).norm();
        if (!openers.contains(first)) {
            T value = values.get(first);
            return value == null ? null : new Match<>(value, 1);
        }
        StringBuilder key = new StringBuilder();
        Match<T> best = null;
        for (int j = i; j < tokens.size() && j - i < longest; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(tokens.get(j).norm());
            T value = values.get(key.toString());
            if (value != null) {
                best = new Match<>(value, j - i + 1);
            }
        }
        return best;
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(tokens.get(k).norm());
        }
        return key.toString();
    }
}
