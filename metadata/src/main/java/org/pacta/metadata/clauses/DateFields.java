package org.pacta.metadata.clauses;

import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.TsvRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled date fields of an agreement text: the header a legal database prints above the text
 * ("Date of signing: December 17, 1992", "Fecha de firma: …") and the "Date: 12.3.2003" line under a
 * signatory's name in the signature block. A listed label counts only when it is capitalised and a
 * colon and a complete date follow it; labels of other dates ("Effective date:", "Date of
 * ratification:") are not listed, so their dates never become signings. The labels are in
 * {@code date-field-labels.tsv}. Immutable and thread-safe.
 */
final class DateFields {

    static final double SIGNING_SCORE = 0.85;
    static final double SIGNATORY_SCORE = 0.8;

    private enum Role { SIGNING, SIGNATORY }

    private record Label(String[] words, Role role) {
    }

    /** Words that open a signatory's line: "For the Republic of …", "Pour le …", "За …". */
    private static final Set<String> SIGNATORY_OPENERS = Set.of("for", "pour", "por", "pelo", "pela", "fur", "за");
    /** How far back (in tokens) a signatory's line may stand before its "Date:" line. */
    private static final int SIGNATORY_REACH = 40;

    private final Map<String, List<Label>> labelsByFirstWord = new HashMap<>();

    DateFields() {
        for (String[] cols : TsvRows.read(DateFields.class, "date-field-labels.tsv")) {
            String[] words = Fold.fold(cols[0].trim()).split(" ");
            Role role = Role.valueOf(cols[1].trim().toUpperCase(java.util.Locale.ROOT));
            labelsByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Label(words, role));
        }
    }

    List<SignatureClause> find(ParsedDocument a) {
        List<Token> tokens = a.view().tokens();
        List<SignatureClause> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !tokens.get(i).capitalized()) {
                continue; // labels are capitalised: most words need no look-up
            }
            List<Label> labels = labelsByFirstWord.get(tokens.get(i).norm());
            if (labels == null) {
                continue;
            }
            Label label = longestAt(tokens, i, labels);
            if (label == null) {
                continue;
            }
            int colon = i + label.words().length;
            DateMention date = dateRightAfter(a, colon);
            if (date == null) {
                continue;
            }
            int start = tokens.get(i).start();
            if (label.role() == Role.SIGNING) {
                out.add(new SignatureClause(SignatureClause.Kind.FIELD, start, date.end(), date, null, SIGNING_SCORE));
            } else if (underSignatory(tokens, i)) {
                out.add(new SignatureClause(SignatureClause.Kind.SIGNATORY, start, date.end(), date, null,
                        SIGNATORY_SCORE));
            }
        }
        return out;
    }

    /** The longest label at {@code i} that a colon follows. */
    private static Label longestAt(List<Token> tokens, int i, List<Label> labels) {
        Label best = null;
        for (Label l : labels) {
            int colon = i + l.words().length;
            if (colon < tokens.size() && tokens.get(colon).is(":") && matches(tokens, i, l.words())
                    && (best == null || l.words().length > best.words().length)) {
                best = l;
            }
        }
        return best;
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        for (int w = 0; w < words.length; w++) {
            if (!tokens.get(i + w).is(words[w])) {
                return false;
            }
        }
        return true;
    }

    /** The complete date that starts right after the colon at token {@code colon}, or null. */
    private static DateMention dateRightAfter(ParsedDocument a, int colon) {
        List<Token> tokens = a.view().tokens();
        if (colon + 1 >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(colon + 1);
        for (DateMention d : a.datesBetween(first.start(), first.end())) {
            if (d.firstToken() == colon + 1 && d.complete()) {
                return d;
            }
        }
        return null;
    }

    /** Whether a signatory's line ("For the Republic of …") opens shortly before the "Date:" label. */
    private static boolean underSignatory(List<Token> tokens, int label) {
        if (label > 0 && tokens.get(label).breakBefore() == 0 && tokens.get(label - 1).isWord()) {
            return false; // inside a sentence, not a field of its own
        }
        for (int k = label - 1; k >= Math.max(0, label - SIGNATORY_REACH); k--) {
            Token t = tokens.get(k);
            boolean opensLine = k == 0 || t.breakBefore() > 0;
            if (opensLine && t.capitalized() && SIGNATORY_OPENERS.contains(t.norm())) {
                return true;
            }
            if (opensLine && t.is("on") && k + 1 < tokens.size() && tokens.get(k + 1).is("behalf")) {
                return true;
            }
        }
        return false;
    }
}
