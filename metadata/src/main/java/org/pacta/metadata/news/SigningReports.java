package org.pacta.metadata.news;

import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.document.Dateline;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.places.PlacePhrase;
import org.pacta.metadata.places.PlacePhrase.Place;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.TsvRows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences of a news article that report a signing ("Japan and Britain have signed a
 * memorandum", "the accord was signed here yesterday", "was signed in Istanbul on July 22, 2025") and
 * reads the date and place each gives. Relative days are counted from the article's date: "yesterday",
 * "last night", "on Tuesday" (the last Tuesday on or before it), "March 2" (the year that puts it on or
 * before it). Future and unreal signings ("will sign", "to be signed", "has yet to be signed") are left
 * out, and so are signings of laws and decrees ("the President signed the law"). A signing reported
 * with no time at all is taken to be the article's day; one placed "earlier this year" or in another
 * year has no day. The words are those of {@code signing-words.tsv}. Stateless and thread-safe.
 */
public final class SigningReports {

    private static final Set<String> VERBS = new HashSet<>();
    private static final Set<String> NOT_DONE = new HashSet<>();
    private static final Set<String> NOT_AGREEMENTS = new HashSet<>();

    static {
        for (String[] cols : TsvRows.read(SigningReports.class, "signing-words.tsv")) {
            String word = Fold.fold(cols[1].strip());
            switch (cols[0]) {
                case "verb" -> VERBS.add(word);
                case "unreal" -> NOT_DONE.add(word);
                case "not-agreement" -> NOT_AGREEMENTS.add(word);
                default -> throw new IllegalStateException("signing-words.tsv: unknown kind " + cols[0]);
            }
        }
    }

    public List<SigningReport> find(ParsedDocument a) {
        List<SigningReport> out = new ArrayList<>();
        List<Token> tokens = a.view().tokens();
        int bodyStart = a.dateline().map(Dateline::start).orElse(0);
        for (Sentence s : a.view().sentences()) {
            if (s.end() <= bodyStart) {
                continue; // the headline
            }
            int from = a.view().tokenIndexAt(s.start());
            int to = a.view().tokenIndexAt(s.end());
            for (int v = from; v < to; v++) {
                Token t = tokens.get(v);
                if (!VERBS.contains(t.norm()) || notDone(tokens, from, v) || !aboutAnAgreement(tokens, v, to)) {
                    continue;
                }
                out.add(report(a, tokens, from, to, v));
            }
        }
        return out;
    }

    private SigningReport report(ParsedDocument a, List<Token> tokens, int from, int to, int v) {
        Token verb = tokens.get(v);
        // place: "signed here", "signed in Istanbul", "was signed on July 22, 2025, in Istanbul"
        boolean here = false;
        Place place = null;
        for (int k = v + 1; k < Math.min(to, v + 16); k++) {
            Token t = tokens.get(k);
            if (t.is(";") || VERBS.contains(t.norm()) && k > v + 1) {
                break;
            }
            if (t.is("here") && k <= v + 4) {
                here = true;
                break;
            }
            if (t.is("in") && place == null) {
                Place p = PlacePhrase.read(a.text(), tokens, k + 1);
                if (p != null && !isMonthOrYear(tokens, k + 1)) {
                    place = p;
                }
            }
        }
        ReportDates.Found when = ReportDates.near(a, from, to, v);
        boolean stated = when.start() >= 0;
        return new SigningReport(verb.start(), verb.end(), when.date(), when.how(),
                stated ? Math.min(when.start(), verb.start()) : verb.start(),
                stated ? Math.max(when.end(), verb.end()) : verb.end(), place, here, when.score());
    }

    /** "will sign", "to be signed", "has yet to be signed", "if signed" (but "according to an agreement signed"). */
    private static boolean notDone(List<Token> tokens, int sentenceStart, int v) {
        for (int k = v - 1; k >= Math.max(sentenceStart, v - 4); k--) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                break;
            }
            if (NOT_DONE.contains(t.norm()) || k == v - 1 && (t.is("to") || t.is("be"))) {
                return true;
            }
        }
        return false;
    }

    /** Not "signed the law", "signed up for a loan". */
    private static boolean aboutAnAgreement(List<Token> tokens, int v, int to) {
        for (int k = v + 1; k < Math.min(to, v + 4); k++) {
            Token t = tokens.get(k);
            if (NOT_AGREEMENTS.contains(t.norm())) {
                return false;
            }
            if (!(t.is("the") || t.is("a") || t.is("an") || t.is("into") || t.is("draft"))) {
                break;
            }
        }
        return true;
    }

    private static boolean isMonthOrYear(List<Token> tokens, int k) {
        return k < tokens.size() && (tokens.get(k).isNumber() || DateLexicon.get().month(tokens.get(k).norm()) != 0);
    }
}
