package org.pacta.metadata.kinds;

import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TsvRows;
import org.pacta.metadata.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of kinds of instruments ("Memorandum of Understanding", "Tratado", "échange de notes", and stems
 * of inflected ones: "memorandumun", "соглашения"; endings of German compounds: "Freihandelsabkommen") and
 * their canonical type, from {@code instrument-nouns.tsv}. Immutable and thread-safe; {@link #get()} is shared.
 */
public final class InstrumentLexicon {

    /** An instrument noun found at a token: its type and the number of tokens it spans. */
    public record Hit(String type, int from, int to) {
    }

    private static final InstrumentLexicon INSTANCE = new InstrumentLexicon();

    private final Map<String, String> phrases = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, String> endings = new HashMap<>();
    private int longest = 1;

    private InstrumentLexicon() {
        for (String[] cols : TsvRows.read(InstrumentLexicon.class, "instrument-nouns.tsv")) {
            String key = Fold.fold(cols[0].trim());
            if (key.startsWith("*")) {
                endings.put(key.substring(1), cols[1].trim());
                continue;
            }
            if (key.endsWith("*")) {
                stems.put(key.substring(0, key.length() - 1), cols[1].trim());
                continue;
            }
            phrases.put(key, cols[1].trim());
            longest = Math.max(longest, key.split(" ").length);
        }
    }

    public static InstrumentLexicon get() {
        return INSTANCE;
    }

    /** The longest instrument phrase starting at token {@code i}, or null. */
    public Hit at(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        String first = Fold.withoutElision(tokens.get(i).norm()); // "l'accord"
        StringBuilder key = new StringBuilder();
        Hit best = null;
        int words = 0;
        for (int j = i; j < tokens.size() && words < longest; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                break;
            }
            if (words > 0) {
                key.append(' ');
            }
            key.append(j == i ? first : t.norm());
            words++;
            String type = phrases.get(key.toString());
            if (type != null) {
                best = new Hit(type, i, j + 1);
            }
        }
        if (best == null) {
            String word = first;
            for (Map.Entry<String, String> stem : stems.entrySet()) {
                if (word.startsWith(stem.getKey())) {
                    return new Hit(stem.getValue(), i, i + 1);
                }
            }
            for (Map.Entry<String, String> ending : endings.entrySet()) {
                if (word.endsWith(ending.getKey())) {
                    return new Hit(ending.getValue(), i, i + 1);
                }
            }
        }
        return best;
    }

    /** The type a folded word or phrase names, or null. */
    public String typeOf(String phrase) {
        return phrases.get(Fold.fold(phrase));
    }
}
