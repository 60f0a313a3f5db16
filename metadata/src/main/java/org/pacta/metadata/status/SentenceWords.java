package org.pacta.metadata.status;

import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of one sentence, to judge a stage phrase by its neighbours: an unreal word before it in its
 * clause ({@code unreal-words.tsv}), and the instrument nouns around it, but for earlier ones ("the
 * previous treaty"). Offsets are the sentence's.
 */
final class SentenceWords {

    /** Punctuation that ends a clause: an unreal word beyond it does not reach the phrase. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")");
    /** The farthest any unreal word reaches ("if", "when" open a clause). */
    private static final int MAX_REACH = 20;
    /** How many words from an ambiguous verb ("suspended", "denounced") its instrument may be. */
    private static final int INSTRUMENT_NEAR = 6;

    private final List<Token> words;
    private final List<int[]> instruments = new ArrayList<>();
    private boolean earlierInstrument;

    SentenceWords(String sentence) {
        this.words = Tokenizer.tokenize(sentence);
        for (int k = 0; k < words.size(); k++) {
            int[] hit = NewsInstruments.at(words, k);
            if (hit != null) {
                if (earlier(k)) {
                    earlierInstrument = true;
                } else {
                    instruments.add(hit);
                }
                k = hit[1] - 1;
            }
        }
    }

    /** "a previous transit agreement": one of the two words before the noun at {@code k} makes it an earlier one. */
    private boolean earlier(int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) {
            if (StageLexicon.get().earlierInstrumentWord(Fold.withoutElision(words.get(j).norm()))) {
                return true;
            }
        }
        return false;
    }

    boolean namesInstrument() {
        return !instruments.isEmpty();
    }

    /** Whether the sentence names an earlier instrument: its verbs are about that one. */
    boolean namesEarlierInstrument() {
        return earlierInstrument;
    }

    /**
     * Whether an instrument noun stands within a few words of the span [start, end), with nothing else a
     * verb is said of between them or just before the noun ("suspended the talks on the trade pact",
     * "die Verhandlungen über das Abkommen wurden ausgesetzt" are about the talks).
     */
    boolean instrumentNear(int start, int end) {
        int first = indexAt(start);
        int last = indexAt(end) - 1;
        for (int[] hit : instruments) {
            boolean before = hit[1] <= first && hit[1] > first - INSTRUMENT_NEAR && clear(hit[1], first);
            boolean after = hit[0] > last && hit[0] <= last + INSTRUMENT_NEAR && clear(last + 1, hit[0]);
            boolean governed = !clear(Math.max(0, hit[0] - 3), hit[0]); // "talks on the agreement were suspended"
            if (!governed && (before || after || hit[0] <= last && hit[1] > first)) {
                return true;
            }
        }
        return false;
    }

    /** No word of [from, to) is another thing a stage verb is said of. */
    private boolean clear(int from, int to) {
        for (int k = from; k < to; k++) {
            if (StageLexicon.get().otherObject(words.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The unreal word that reaches the phrase starting at {@code start} from before it in its clause, or null. */
    String unrealBefore(int start) {
        int distance = 0;
        for (int k = indexAt(start) - 1; k >= 0 && distance < MAX_REACH; k--) {
            Token t = words.get(k);
            if (CLAUSE_ENDS.contains(t.norm())) {
                return null;
            }
            if (!t.isWord()) {
                continue;
            }
            distance++;
            StageLexicon.Reach reach = StageLexicon.get().unreal(t.norm());
            if (reach != null && distance <= reach.before()) {
                return t.norm();
            }
        }
        return null;
    }

    /** Whether an unreal word follows the stage noun ending at {@code end} ("ratification is expected"). */
    boolean unrealAfter(int end) {
        int distance = 0;
        for (int k = indexAt(end); k < words.size(); k++) {
            Token t = words.get(k);
            if (CLAUSE_ENDS.contains(t.norm())) {
                return false;
            }
            if (!t.isWord()) {
                continue;
            }
            distance++;
            StageLexicon.Reach reach = StageLexicon.get().unreal(t.norm());
            if (reach != null && distance <= reach.after()) {
                return true;
            }
            if (distance >= 3) {
                return false;
            }
        }
        return false;
    }

    /** Index of the first word starting at or after {@code offset}. */
    private int indexAt(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
