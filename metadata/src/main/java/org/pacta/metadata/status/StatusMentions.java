package org.pacta.metadata.status;

import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TsvRows;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a text that report an agreement's status ({@code status-phrases.tsv}) and tells
 * whether each reports something done (see {@link #done}). Immutable and thread-safe.
 */
public final class StatusMentions {

    private record Phrase(String status, int rank, Pattern pattern) {
    }

    /** Words that make a following status phrase unreal, and how many words before it they reach. */
    private static final Map<String, Integer> NOT_DONE = Map.ofEntries(
            Map.entry("will", 4), Map.entry("would", 4), Map.entry("shall", 4), Map.entry("should", 4),
            Map.entry("must", 4), Map.entry("may", 4), Map.entry("might", 4), Map.entry("could", 4),
            Map.entry("can", 4), Map.entry("to", 1), Map.entry("be", 1), Map.entry("yet", 4), Map.entry("not", 4),
            Map.entry("never", 4), Map.entry("expected", 6), Map.entry("subject", 3), Map.entry("need", 4),
            Map.entry("needs", 4), Map.entry("require", 4), Map.entry("requires", 4), Map.entry("required", 4),
            Map.entry("for", 2), Map.entry("upon", 2), Map.entry("pending", 2), Map.entry("awaiting", 3),
            Map.entry("await", 3), Map.entry("when", 20), Map.entry("if", 20), Map.entry("once", 20),
            Map.entry("until", 20), Map.entry("unless", 20), Map.entry("before", 20), Map.entry("without", 4));
    private static final Pattern EFFECTIVE = Pattern.compile("\\b(with effect from|effective( from| as of)?)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+|[,;:()]");

    private final List<Phrase> phrases = new ArrayList<>();

    public StatusMentions() {
        for (String[] cols : TsvRows.read(StatusMentions.class, "status-phrases.tsv")) {
            phrases.add(new Phrase(cols[0], Integer.parseInt(cols[1]),
                    Pattern.compile(cols[2], Pattern.UNICODE_CHARACTER_CLASS)));
        }
    }

    /** The status phrases of one sentence, in order. Offsets are the document's. */
    public List<StatusMention> in(Sentence s) {
        String folded = Fold.fold(s.text());
        if (folded.length() != s.text().length()) {
            folded = foldKeepingLength(s.text());
        }
        List<StatusMention> out = new ArrayList<>();
        boolean effective = EFFECTIVE.matcher(folded).find();
        boolean namesInstrument = namesInstrument(s.text());
        for (Phrase p : phrases) {
            Matcher m = p.pattern().matcher(folded);
            while (m.find()) {
                // ratified, in force, terminated, withdrawn: said of an instrument ("the termination of
                // their mission" is not an agreement's)
                boolean counted = p.rank() == 0
                        || done(folded, m.start(), p, effective) && (p.rank() < 5 || namesInstrument);
                out.add(new StatusMention(p.status(), p.rank(), s.start() + m.start(), s.start() + m.end(), counted));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether nothing before the phrase in its clause makes it unreal: a modal or "to" right before
     * ("will enter into force", "to be ratified"), a negation ("not yet", "has yet to"), a purpose or
     * wait ("for ratification", "pending ratification"), or a condition opening the clause ("when
     * governments … have ratified it").
     */
    private static boolean done(String folded, int at, Phrase p, boolean effective) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(folded.substring(0, at));
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = words.size() - 1, distance = 1; i >= 0 && distance <= 20; i--, distance++) {
            String word = words.get(i);
            if (word.equals(",") || word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")")) {
                break;
            }
            Integer reach = NOT_DONE.get(word);
            if (reach != null && distance <= reach) {
                return word.equals("will") && p.status().equals("ratified") && effective;
            }
        }
        return true;
    }

    private static boolean namesInstrument(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            if (InstrumentLexicon.get().at(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Fold character by character so that offsets stay those of the original text. */
    private static String foldKeepingLength(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String f = Fold.fold(String.valueOf(s.charAt(i)));
            b.append(f.length() == 1 ? f.charAt(0) : s.charAt(i) == 'İ' ? 'i' : Character.toLowerCase(s.charAt(i)));
        }
        return b.toString();
    }
}
