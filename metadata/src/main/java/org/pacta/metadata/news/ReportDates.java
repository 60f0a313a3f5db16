package org.pacta.metadata.news;

import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.document.Dateline;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * When a news sentence says something happened: the date expression nearest to its verb ("on July 22,
 * 2025", "on February 24" with the article's year), else a day counted from the article's date
 * ("yesterday", "last week", "on Thursday", "jeudi", "в среду": the last such weekday on or before it),
 * else the article's own day, unless the sentence places it vaguely ("earlier this year", "l'an
 * dernier", in another year; {@code news/time-words.tsv}). Stateless.
 */
public final class ReportDates {

    /**
     * @param start offset of the date expression, or -1 when the date is implied
     * @param score how much to believe the date (0–1)
     */
    public record Found(LocalDate date, SigningReport.DateHow how, int start, int end, double score) {

        static final Found NONE = new Found(null, SigningReport.DateHow.NONE, -1, -1, 0);
    }

    /** How many tokens away from the verb a vague time ("earlier this year") keeps the article's day off. */
    private static final int VAGUE_NEAR = 8;
    /** How many tokens away from the verb a date may be. */
    private static final int NEAR = 20;

    private ReportDates() {
    }

    /** The date of the event whose verb is token {@code v} of the sentence made of tokens [from, to). */
    public static Found near(ParsedDocument a, int from, int to, int v) {
        List<Token> tokens = a.view().tokens();
        LocalDate article = a.articleDate().orElse(null);
        int datelineEnd = a.dateline().map(Dateline::end).orElse(-1);
        Found best = Found.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : a.datesBetween(tokens.get(from).start(), tokens.get(to - 1).end())) {
            if (d.start() < datelineEnd) {
                continue;
            }
            int distance = distance(d.firstToken(), d.endToken(), v);
            if (distance > NEAR || distance >= bestDistance) {
                continue;
            }
            LocalDate value = d.complete() ? d.date() : !d.monthDay() || article == null ? null
                    : fromNowOn(tokens, d) ? onOrAfter(d, article) : onOrBefore(d, article);
            if (value != null) {
                best = new Found(value, SigningReport.DateHow.EXPLICIT, d.start(), d.end(), d.complete() ? 0.9 : 0.85);
                bestDistance = distance;
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
                    best = relative(article.plusDays(rel.value()), tokens, k, rel.length());
                    bestDistance = distance;
                    continue;
                }
                DateLexicon.Match<DayOfWeek> wd = TimeWords.get().weekday(tokens, k);
                if (wd != null) {
                    best = relative(article.with(TemporalAdjusters.previousOrSame(wd.value())), tokens, k, wd.length());
                    bestDistance = distance;
                }
            }
        }
        int body = from;
        while (body < to && tokens.get(body).start() < datelineEnd) {
            body++; // the dateline's own "March 2" dates the article, not the event
        }
        if (best.date() != null && article != null && vagueDistance(a, body, to, v, article, false) < bestDistance) {
            return Found.NONE; // "firmado en abril" is nearer the verb than the sentence's "el martes"
        }
        if (best.date() == null && article != null && vagueDistance(a, body, to, v, article, true) == Integer.MAX_VALUE) {
            return new Found(article, SigningReport.DateHow.IMPLIED, -1, -1, 0.5);
        }
        return best;
    }

    private static Found relative(LocalDate date, List<Token> tokens, int k, int length) {
        return new Found(date, SigningReport.DateHow.RELATIVE, tokens.get(k).start(), tokens.get(k + length - 1).end(), 0.8);
    }

    /**
     * How near the verb the sentence places its event vaguely: "earlier this year", "last month", "in
     * July", or another year ("in 2019"); {@code Integer.MAX_VALUE} when it does not within a few words.
     * Words of written dates do not count.
     *
     * @param namedYears whether a year in a name counts ("the 2021 Declaration, signed by" has no day; but
     *                   "will ratify the 1986 Cocoa Agreement, with effect from July 1" is dated)
     */
    private static int vagueDistance(ParsedDocument a, int from, int to, int v, LocalDate article, boolean namedYears) {
        List<Token> tokens = a.view().tokens();
        java.util.BitSet inDates = new java.util.BitSet();
        for (DateMention d : a.datesBetween(tokens.get(from).start(), tokens.get(to - 1).end())) {
            inDates.set(d.firstToken(), d.endToken());
        }
        int nearest = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            int distance = distance(k, k + 1, v);
            if (distance > VAGUE_NEAR || distance >= nearest || inDates.get(k)) {
                continue;
            }
            Token t = tokens.get(k);
            boolean otherYear = t.isNumber() && t.digitCount() == 4 && t.numberSuffix().isEmpty()
                    && t.digitValue() >= 1800 && t.digitValue() <= 2200 && t.digitValue() != article.getYear()
                    && (namedYears || k + 1 >= to || !tokens.get(k + 1).capitalized());
            if (otherYear || monthAlone(t) || TimeWords.get().vagueAt(tokens, k) > 0) {
                nearest = distance;
            }
        }
        return nearest;
    }

    /**
     * A month name with no day ("signed in July", "en juillet"; a dated one is a date mention, found
     * first): capitalised, or long enough not to be another word ("may", "mar").
     */
    private static boolean monthAlone(Token t) {
        return t.isWord() && DateLexicon.get().month(t.norm()) != 0 && (t.capitalized() || t.norm().length() >= 4);
    }

    private static int distance(int from, int to, int v) {
        if (to <= v) {
            return v - to + 1;
        }
        return Math.max(0, from - v);
    }

    /** "with effect from July 1", "effective January 1", "à partir du 1er janvier": a date that may lie after the article. */
    private static boolean fromNowOn(List<Token> tokens, DateMention d) {
        for (int k = Math.max(0, d.firstToken() - 3); k < d.firstToken(); k++) {
            if (TimeWords.get().from(tokens.get(k), d.firstToken() - k)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate onOrAfter(DateMention md, LocalDate article) {
        LocalDate d = md.withYear(article.getYear()).date();
        return d == null || !d.isBefore(article) ? d : md.withYear(article.getYear() + 1).date();
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
