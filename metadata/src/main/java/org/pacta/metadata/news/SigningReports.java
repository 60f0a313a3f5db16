package org.pacta.metadata.news;

import org.pacta.metadata.Analysis;
import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.places.PlacePhrase;
import org.pacta.metadata.places.PlacePhrase.Place;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
 * year has no day. Stateless and thread-safe.
 */
public final class SigningReports {

    private static final Set<String> VERBS = Set.of("signed", "signs", "inked", "initialled", "initialed",
            "firmaron", "firmado", "firmada", "suscribieron", "suscrito", "signe", "signee", "signes", "unterzeichnet",
            "unterzeichneten", "imzalandi", "imzaladi", "imzaladilar", "imzalanmistir", "imzalanib",
            "подписан", "подписали", "подписано", "подписала", "подписал");
    private static final Set<String> NOT_DONE = Set.of("will", "would", "shall", "should", "may", "might",
            "could", "can", "must", "yet", "not", "never", "expected", "plans", "plan", "due",
            "if", "unless", "before", "once", "when", "until");
    private static final Set<String> NOT_AGREEMENTS = Set.of("law", "laws", "decree", "decrees", "bill", "bills",
            "order", "orders", "legislation", "petition", "letter", "resolution", "ordinance", "up", "off");
    private static final Set<String> VAGUE = Set.of("earlier", "recently", "ago", "previously", "formerly",
            "originally", "last");
    private static final int NEAR = 20;

    public List<SigningReport> find(Analysis a) {
        List<SigningReport> out = new ArrayList<>();
        List<Token> tokens = a.view().tokens();
        LocalDate article = a.articleDate().orElse(null);
        int bodyStart = a.dateline().map(Dateline::start).orElse(0);
        int datelineEnd = a.dateline().map(Dateline::end).orElse(-1);
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
                out.add(report(a, tokens, s, from, to, v, article, datelineEnd));
            }
        }
        return out;
    }

    private SigningReport report(Analysis a, List<Token> tokens, Sentence s, int from, int to, int v,
                                 LocalDate article, int datelineEnd) {
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
        // date: the date expression nearest to the verb, in the same sentence
        LocalDate date = null;
        SigningReport.DateHow how = SigningReport.DateHow.NONE;
        int ds = verb.start();
        int de = verb.end();
        int bestDistance = Integer.MAX_VALUE;
        double score = 0;
        for (DateMention d : a.datesBetween(s.start(), s.end())) {
            if (d.start() < datelineEnd) {
                continue;
            }
            int distance = distance(d.firstToken(), d.endToken(), v);
            if (distance > NEAR || distance >= bestDistance) {
                continue;
            }
            LocalDate value = d.complete() ? d.date() : d.monthDay() && article != null ? onOrBefore(d, article) : null;
            if (value != null) {
                date = value;
                how = SigningReport.DateHow.EXPLICIT;
                ds = d.start();
                de = d.end();
                bestDistance = distance;
                score = d.complete() ? 0.9 : 0.85;
            }
        }
        if (article != null) {
            DateLexicon lex = DateLexicon.get();
            for (int k = from; k < to; k++) {
                int distance = distance(k, k + 1, v);
                if (distance > NEAR || distance >= bestDistance) {
                    continue;
                }
                DateLexicon.Match<Integer> rel = lex.relativeDay(tokens, k);
                if (rel != null && !(tokens.get(k).is("last") && rel.length() == 1)) {
                    date = article.plusDays(rel.value());
                    how = SigningReport.DateHow.RELATIVE;
                    ds = tokens.get(k).start();
                    de = tokens.get(k + rel.length() - 1).end();
                    bestDistance = distance;
                    score = 0.8;
                    continue;
                }
                DateLexicon.Match<DayOfWeek> wd = lex.weekday(tokens, k);
                if (wd != null && tokens.get(k).capitalized()) {
                    date = article.with(TemporalAdjusters.previousOrSame(wd.value()));
                    how = SigningReport.DateHow.RELATIVE;
                    ds = tokens.get(k).start();
                    de = tokens.get(k + wd.length() - 1).end();
                    bestDistance = distance;
                    score = 0.8;
                }
            }
        }
        if (date == null && article != null && !vague(a, tokens, from, to, v, article)) {
            date = article;
            how = SigningReport.DateHow.IMPLIED;
            score = 0.5;
        }
        return new SigningReport(verb.start(), verb.end(), date, how, Math.min(ds, verb.start()),
                Math.max(de, verb.end()), place, here, score);
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

    /** "earlier this year", "last month", or another year next to the verb ("the 2021 Declaration, signed by"): no day. */
    private static boolean vague(Analysis a, List<Token> tokens, int from, int to, int v, LocalDate article) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (VAGUE.contains(t.norm()) && Math.abs(k - v) <= 6) {
                return true;
            }
            if (t.isNumber() && t.digitCount() == 4 && t.numberSuffix().isEmpty() && Math.abs(k - v) <= 8) {
                int y = t.digitValue();
                if (y >= 1800 && y <= 2200 && y != article.getYear()) {
                    return true;
                }
            }
            if (t.is("this") && k + 1 < to && (tokens.get(k + 1).is("year") || tokens.get(k + 1).is("month")
                    || tokens.get(k + 1).is("week"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMonthOrYear(List<Token> tokens, int k) {
        return k < tokens.size() && (tokens.get(k).isNumber() || DateLexicon.get().month(tokens.get(k).norm()) != 0);
    }

    private static int distance(int from, int to, int v) {
        if (to <= v) {
            return v - to + 1;
        }
        return Math.max(0, from - v);
    }

    /** A month and day with the year that puts it on or before the article's date. */
    static LocalDate onOrBefore(DateMention md, LocalDate article) {
        LocalDate d = md.withYear(article.getYear()).date();
        if (d == null) {
            return null;
        }
        return d.isAfter(article) ? md.withYear(article.getYear() - 1).date() : d;
    }
}
