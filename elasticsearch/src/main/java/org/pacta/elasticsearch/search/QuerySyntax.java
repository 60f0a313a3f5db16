package org.pacta.elasticsearch.search;

/**
 * Lets users write the words they know: {@code OR} and {@code AND} between words (outside quotes)
 * become simple query syntax's {@code |} and {@code +}; everything else passes through.
 */
final class QuerySyntax {

    private QuerySyntax() {
    }

    static String normalize(String query) {
        StringBuilder out = new StringBuilder(query.length());
        boolean quoted = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && isWordStart(query, i)) {
                if (query.startsWith("OR", i) && isWordEnd(query, i + 2)) {
                    out.append('|');
                    i += 2;
                    continue;
                }
                if (query.startsWith("AND", i) && isWordEnd(query, i + 3)) {
                    out.append('+');
                    i += 3;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isWordStart(String query, int i) {
        return i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(';
    }

    private static boolean isWordEnd(String query, int i) {
        return i == query.length() || Character.isWhitespace(query.charAt(i)) || query.charAt(i) == ')';
    }
}
