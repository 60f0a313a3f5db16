package org.pacta.metadata.text;

import org.pacta.core.document.Evidence;

import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A text with its tokens and sentences, computed once; lookups by offset. Immutable. */
public final class TextView {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceStarts;
    private final int[] tokenStarts;

    public TextView(String text) {
        this(text, UnaryOperator.identity());
    }

    /** @param retokenize a pass over the tokens, e.g. splitting words that OCR glued together */
    public TextView(String text, UnaryOperator<List<Token>> retokenize) {
        this(text, retokenize, word -> false);
    }

    /** @param monthName whether a word names a month ("am 1. Dezember" is one sentence) */
    public TextView(String text, UnaryOperator<List<Token>> retokenize, Predicate<String> monthName) {
        this.text = text == null ? "" : text;
        this.tokens = List.copyOf(retokenize.apply(Tokenizer.tokenize(this.text)));
        this.sentences = List.copyOf(SentenceSplitter.split(this.text, monthName));
        this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
        this.tokenStarts = tokens.stream().mapToInt(Token::start).toArray();
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Index of the sentence containing {@code offset} (or the closest one before it), -1 if none. */
    public int sentenceIndexAt(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        return Math.max(before, sentences.isEmpty() ? -1 : 0);
    }

    public Sentence sentenceAt(int offset) {
        int i = sentenceIndexAt(offset);
        return i < 0 ? null : sentences.get(i);
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenIndexAt(int offset) {
        int i = java.util.Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Tokens whose start lies in [from, to). */
    public List<Token> tokensBetween(int from, int to) {
        int a = tokenIndexAt(from);
        int b = tokenIndexAt(to);
        return b <= a ? Collections.emptyList() : tokens.subList(a, b);
    }

    /**
     * Evidence for a value read from {@code [from, to)}: the sentence(s) covering that span. Long
     * sentences are cut to a window around the span so that the UI can show them.
     */
    public Evidence evidence(String value, int from, int to, double confidence) {
        int a = sentenceIndexAt(from);
        int b = sentenceIndexAt(Math.max(from, to - 1));
        int s;
        int e;
        if (a < 0) {
            s = from;
            e = to;
        } else {
            s = Math.min(sentences.get(a).start(), from);
            e = Math.max(sentences.get(Math.max(a, b)).end(), to);
        }
        if (e - s > 600) {
            s = Math.max(s, from - 250);
            e = Math.min(e, Math.max(to + 250, s + 1));
            while (s > 0 && s < from && !Character.isWhitespace(text.charAt(s - 1))) {
                s++;
            }
            while (e < text.length() && e > to && !Character.isWhitespace(text.charAt(e))) {
                e--;
            }
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        double c = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
        return new Evidence(value, text.substring(s, e), s, e, c);
    }
}
