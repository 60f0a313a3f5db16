package org.pacta.metadata.clauses;

import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.places.PlacePhrase;
import org.pacta.metadata.places.PlacePhrase.Place;
import org.pacta.metadata.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates set with an agreement's title, the editor's statement of its signing: bare after the title
 * ("Agreement between … 5 November 1993 The Government of …"), in brackets ("(5 November 1993)",
 * "(Minsk, October 10, 2014)"), or as "PLACE, DATE" closing the title line; and a note's date line
 * ("Brussels, 17 May 1926" alone on its line). Stateless and thread-safe.
 */
final class TitleDates {

    private static final Set<String> NOT_BEFORE_TITLE_DATE = Set.of("on", "of", "at", "in", "signed", "dated",
            "de", "du", "del", "le", "el", "from", "since", "until", "amended", "by", "to", "and", "the", "this",
            "adopted", "done", "before", "after", "au", "al");
    /** "… Economic Unionfrom 29 May 2014": a citing word that text extraction glued to the word before. */
    private static final Set<String> GLUED_CONNECTORS = Set.of("from", "dated", "signed", "since", "until");

    /**
     * Dates in the title block (the first ~1200 characters) that stand bare after the title, in
     * brackets, or as "PLACE, DATE" closing the title line, when the title (an instrument noun) is
     * right before them.
     */
    List<SignatureClause> find(ParsedDocument a) {
        List<SignatureClause> out = new ArrayList<>();
        List<Token> tokens = a.view().tokens();
        InstrumentLexicon lex = InstrumentLexicon.get();
        for (DateMention d : a.dates()) {
            if (d.start() > 1200) {
                break;
            }
            if (!d.complete() || d.firstToken() == 0) {
                continue;
            }
            int f = d.firstToken();
            Token prev = tokens.get(f - 1);
            Token first = tokens.get(f);
            if (first.isNumber() && first.digitCount() == 4 || prev.end() == first.start()) {
                continue; // "…BELARUSMescolto2016-06-14…": file residue, not a date written with a title
            }
            if (gluedConnector(prev)) {
                continue; // "…Economic Unionfrom 29 May 2014": another instrument's date
            }
            boolean lineEnd = d.endToken() >= tokens.size() || tokens.get(d.endToken()).breakBefore() > 0;
            Token next = d.endToken() < tokens.size() ? tokens.get(d.endToken()) : null;
            Place place = null;
            boolean bare;
            if (prev.is("(") && next != null && next.is(")")) {
                bare = true;
            } else if (prev.is(",") && next != null && next.is(")")) {
                place = bracketedPlace(a, f - 1); // "(Minsk, October 10, 2014)"
                bare = place != null;
            } else if (prev.is(",") && f >= 2 && lineEnd) {
                // "… FRONTIER. BRUSSELS, 17 MAY 1926" or "Brussels, 17 May 1926" on its own line
                int s = f - 2;
                while (s > 0 && tokens.get(s - 1).isWord() && tokens.get(s - 1).capitalized()
                        && tokens.get(s).breakBefore() == 0 && f - 2 - s < 3) {
                    s--;
                }
                Place p = null;
                for (int k = s; k <= f - 2 && p == null; k++) {
                    Place q = PlacePhrase.read(a.text(), tokens, k);
                    if (q != null && q.endToken() == f - 1) {
                        p = q;
                    }
                }
                if (p == null) {
                    continue;
                }
                boolean opensLine = p.firstToken() == 0 || tokens.get(p.firstToken()).breakBefore() > 0
                        || tokens.get(p.firstToken() - 1).is(".");
                if (!opensLine) {
                    continue;
                }
                place = p;
                bare = true;
                if (tokens.get(p.firstToken()).breakBefore() > 0 || p.firstToken() == 0) {
                    // a date line of its own: a note's date, unless the title is on the same line
                    out.add(new SignatureClause(SignatureClause.Kind.DATE_LINE, p.start(), d.end(), d, p, 0.7));
                    continue;
                }
            } else {
                bare = prev.isWord() && !prev.isNumber() && prev.text().length() > 1
                        && !NOT_BEFORE_TITLE_DATE.contains(prev.norm())
                        && (lineEnd || next != null && next.capitalized());
            }
            if (!bare) {
                continue;
            }
            // the title must be just before: an instrument noun within the preceding 400 characters
            boolean titled = false;
            for (int k = f - 1; k >= 0 && tokens.get(k).start() > d.start() - 400 && !titled; k--) {
                titled = lex.at(tokens, k) != null || gluedTitleNoun(tokens.get(k));
            }
            if (!titled) {
                continue;
            }
            int start = place != null ? place.start() : d.start();
            out.add(new SignatureClause(SignatureClause.Kind.TITLE_DATE, start, d.end(), d, place, 0.95));
        }
        return out;
    }

    /** The place in "(Minsk, October 10, 2014)", whose comma is at token {@code comma}, or null. */
    private static Place bracketedPlace(ParsedDocument a, int comma) {
        List<Token> tokens = a.view().tokens();
        for (int k = comma - 1; k >= Math.max(0, comma - 5); k--) {
            if (tokens.get(k).is("(")) {
                Place p = PlacePhrase.read(a.text(), tokens, k + 1);
                return p != null && p.endToken() == comma ? p : null;
            }
        }
        return null;
    }

    /** "Unionfrom", "Treatydated": a word with a citing word glued to its end. */
    private static boolean gluedConnector(Token t) {
        for (String c : GLUED_CONNECTORS) {
            if (t.norm().length() > c.length() + 2 && t.norm().endsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** "AGREEMENTBetween", "TREATYOn": an instrument noun in capitals glued to the next word. */
    private static boolean gluedTitleNoun(Token t) {
        String w = t.text();
        int caps = 0;
        while (caps < w.length() && Character.isUpperCase(w.charAt(caps))) {
            caps++;
        }
        if (caps < 5 || caps >= w.length()) {
            return false;
        }
        return InstrumentLexicon.get().typeOf(w.substring(0, caps - 1)) != null;
    }
}
