package org.pacta.metadata.status;

import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.Tokenizer;
import org.pacta.metadata.text.TsvRows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The instrument nouns a news sentence may say a stage of: those of {@link InstrumentLexicon} and the
 * few more of {@code news-instrument-nouns.tsv}. Immutable and thread-safe.
 */
public final class NewsInstruments {

    private static final Set<String> MORE = new HashSet<>();

    static {
        for (String[] cols : TsvRows.read(NewsInstruments.class, "news-instrument-nouns.tsv")) {
            MORE.add(Fold.fold(cols[0].strip()));
        }
    }

    private NewsInstruments() {
    }

    /** The tokens [from, to) of the instrument noun starting at word {@code k}, or null. */
    static int[] at(List<Token> words, int k) {
        InstrumentLexicon.Hit hit = InstrumentLexicon.get().at(words, k);
        if (hit != null) {
            return new int[]{hit.from(), hit.to()};
        }
        return words.get(k).isWord() && MORE.contains(words.get(k).norm()) ? new int[]{k, k + 1} : null;
    }

    /** Whether the text names an instrument ("the agreement", "o acordo", "l'accord", "Freihandelsabkommen"). */
    public static boolean namedIn(String text) {
        List<Token> words = Tokenizer.tokenize(text);
        for (int k = 0; k < words.size(); k++) {
            if (at(words, k) != null) {
                return true;
            }
        }
        return false;
    }
}
