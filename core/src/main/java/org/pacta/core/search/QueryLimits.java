package org.pacta.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How much work one query may ask of the archive. A few hundred bytes of simple query syntax can
 * otherwise stall every search (two hundred {@code a*} terms expand to most of the index's terms, and
 * highlighting the text with them is slower still), so a query over a limit is refused, before it reaches
 * Elasticsearch, with a message that names the limit and the value.
 */
public final class QueryLimits {

    public static final int MAX_LENGTH = 1_000;
    public static final int MAX_TERMS = 64;
    public static final int MAX_PREFIX_TERMS = 8;
    /** Letters before the {@code *} of a prefix term: {@code agr*} expands to a few terms, {@code a*} to thousands. */
    public static final int MIN_PREFIX_LENGTH = 3;

    private QueryLimits() {
    }

    /** Refuses a query over a limit with an {@link IllegalArgumentException} that says which. */
    public static void check(String query) {
        if (query == null) {
            return;
        }
        if (query.length() > MAX_LENGTH) {
            throw refused("is " + query.length() + " characters long", MAX_LENGTH + " characters", "query length");
        }
        int terms = 0;
        int prefixTerms = 0;
        for (String term : terms(query)) {
            terms++;
            int star = prefixEnd(term);
            if (star >= 0) {
                prefixTerms++;
                if (star < MIN_PREFIX_LENGTH) {
                    throw new IllegalArgumentException("The query's term '" + term + "' has " + star
                            + " character(s) before '*'; a prefix term needs at least " + MIN_PREFIX_LENGTH
                            + " (limit: prefix length)");
                }
            }
        }
        if (terms > MAX_TERMS) {
            throw refused("has " + terms + " terms", MAX_TERMS + " terms", "terms");
        }
        if (prefixTerms > MAX_PREFIX_TERMS) {
            throw refused("has " + prefixTerms + " prefix terms (word*)", MAX_PREFIX_TERMS, "prefix terms");
        }
    }

    /** Where the term's first {@code *} that is not escaped is, or -1. */
    private static int prefixEnd(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) == '\\') {
                i++;
            } else if (term.charAt(i) == '*') {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException refused(String what, Object allowed, String limit) {
        return new IllegalArgumentException("The query " + what + "; at most " + allowed + " are allowed (limit: "
                + limit + ")");
    }

    /**
     * The terms of a query in simple query syntax: runs of characters between whitespace and the operators
     * {@code + | ( ) "} and a {@code -} before a term, words inside phrases included, a backslash escaping the next character (both kept). Runs
     * without a letter or digit ({@code *}, {@code ~2} alone) and the words {@code AND} and {@code OR}
     * outside phrases (operators, see {@code QuerySyntax}) are no terms; a term's {@code *} is kept.
     */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                term.append(c).append(query.charAt(++i)); // kept escaped: an escaped * is no prefix
            } else if (Character.isWhitespace(c) || "+|()\"".indexOf(c) >= 0 || (c == '-' && term.isEmpty())) {
                add(terms, term, quoted);
                quoted ^= c == '"';
            } else {
                term.append(c);
            }
        }
        add(terms, term, quoted);
        return terms;
    }

    private static void add(List<String> terms, StringBuilder term, boolean quoted) {
        String text = term.toString();
        term.setLength(0);
        boolean operator = !quoted && (text.equals("AND") || text.equals("OR"));
        if (!operator && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(text);
        }
    }
}
