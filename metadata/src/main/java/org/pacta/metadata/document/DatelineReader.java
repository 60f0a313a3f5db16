package org.pacta.metadata.document;

import org.pacta.metadata.dates.DateMention;
import org.pacta.metadata.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a news article's dateline near the top of its text. A dateline is a city in capitals at the
 * start of a line (or after a date label), a comma, optionally a region, a date or an agency in
 * brackets, and a dash or full stop: "WASHINGTON, March 2 -", "BAKU, Azerbaijan, December 16.",
 * "TOKYO (Reuters) -"; a city in ordinary case needs a date and a dash ("Moscow, 22 July (TASS) –"). A byline ("Reuters, 2 March 1987") or a label ("date 2025-12-16", "Published:
 * …") before it gives the year a dateline lacks. A bare "Brussels, 17 May 1926" line (the date of a
 * diplomatic note) is not a dateline: the city must be in capitals and followed by a dash or the
 * story. Stateless and thread-safe.
 */
public final class DatelineReader {

    /** How far into the text a dateline may be. */
    private static final int HEAD = 1200;
    private static final Set<String> LABELS = Set.of("date", "dated", "published", "posted", "updated", "fecha",
            "tarih", "tarix", "datum", "дата");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "−", ":", ".", "/");

    public Optional<Dateline> read(List<Token> tokens, List<DateMention> dates) {
        LocalDate labelDate = null;
        int labelStart = -1;
        int labelEnd = -1;
        LocalDate bylineDate = null;
        int labelEndToken = -1;
        for (DateMention d : dates) {
            if (d.start() > HEAD) {
                break;
            }
            if (!d.complete()) {
                continue;
            }
            int before = d.firstToken() - 1;
            if (before >= 0 && tokens.get(before).is(":")) {
                before--;
            }
            if (labelDate == null && before >= 0 && LABELS.contains(tokens.get(before).norm())
                    && (before == 0 || tokens.get(before).breakBefore() > 0 && lineIndex(tokens, before) < 3
                    && (d.endToken() >= tokens.size() || tokens.get(d.endToken()).breakBefore() > 0))) {
                // " date 2025-12-16 BAKU, …" opening the text, or "Published: 16 December 2025" on a line of its own
                labelDate = d.date();
                labelStart = tokens.get(before).start();
                labelEnd = d.end();
                labelEndToken = d.endToken();
            }
            if (bylineDate == null && isByline(tokens, d)) {
                bylineDate = d.date();
            }
        }
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < HEAD; i++) {
            boolean atLineStart = i == 0 || tokens.get(i).breakBefore() > 0 || i == labelEndToken;
            if (!atLineStart || !tokens.get(i).capitalized() || !tokens.get(i).isWord()) {
                continue;
            }
            Optional<Dateline> d = datelineAt(tokens, dates, i, labelDate != null ? labelDate : bylineDate);
            if (d.isPresent()) {
                return d;
            }
        }
        if (labelDate != null) {
            return Optional.of(new Dateline(null, labelDate, labelStart, labelEnd, 0.8)); // a dated text, no dateline
        }
        return Optional.empty(); // a byline alone ("Brussels, 17 May 1926") is not enough to call a text news
    }

    private Optional<Dateline> datelineAt(List<Token> tokens, List<DateMention> dates, int i, LocalDate known) {
        int j = i;
        StringBuilder city = new StringBuilder();
        boolean caps = tokens.get(i).allCaps();
        while (j < tokens.size() && j - i < 4 && (caps ? tokens.get(j).allCaps() || tokens.get(j).isWord()
                && tokens.get(j).text().length() == 1 && Character.isUpperCase(tokens.get(j).text().charAt(0))
                : tokens.get(j).isWord() && tokens.get(j).capitalized())) {
            if (j > i && tokens.get(j).breakBefore() > 0) {
                break;
            }
            if (city.length() > 0) {
                city.append(' ');
            }
            city.append(tokens.get(j).text());
            j++;
            if (j < tokens.size() && tokens.get(j).is(".") && tokens.get(j - 1).text().length() <= 3
                    && j + 1 < tokens.size() && tokens.get(j + 1).allCaps()) {
                city.append('.');
                j++; // "ST. LOUIS"
            }
        }
        if (j == i || j >= tokens.size()) {
            return Optional.empty();
        }
        int cityEnd = tokens.get(j - 1).end();
        int k = j;
        DateMention date = null;
        if (tokens.get(k).is(",")) {
            k++;
            // optional region: "BAKU, Azerbaijan, December 16"
            DateMention at = mentionAt(dates, k);
            if (at == null && k < tokens.size() && tokens.get(k).capitalized() && tokens.get(k).isWord()) {
                int r = k;
                while (r < tokens.size() && r - k < 3 && tokens.get(r).isWord() && tokens.get(r).capitalized()) {
                    r++;
                }
                if (r < tokens.size() && tokens.get(r).is(",")) {
                    k = r + 1;
                    at = mentionAt(dates, k);
                }
            }
            if (at == null) {
                return Optional.empty();
            }
            date = at;
            k = at.endToken();
        }
        if (k < tokens.size() && tokens.get(k).is("(")) {
            int close = k + 1;
            while (close < tokens.size() && close - k < 6 && !tokens.get(close).is(")")) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).is(")")) {
                return Optional.empty();
            }
            k = close + 1;
        }
        if (date == null && k == j) {
            return Optional.empty();
        }
        if (k >= tokens.size() || !DASHES.contains(tokens.get(k).norm())) {
            return Optional.empty();
        }
        if (!caps && (date == null || !(tokens.get(k).is("-") || tokens.get(k).is("–") || tokens.get(k).is("—")))) {
            return Optional.empty(); // "Moscow, 22 July (TASS) -": a mixed-case city needs a date and a dash
        }
        LocalDate day = null;
        double confidence = 0.9;
        if (date != null && date.complete()) {
            day = date.date();
        } else if (date != null && date.monthDay() && known != null) {
            day = closestYear(date, known);
        } else if (known != null) {
            day = known;
            confidence = 0.7;
        }
        if (date != null && !date.complete() && !date.monthDay()) {
            return Optional.empty();
        }
        String name = city.toString();
        if (name.length() < 3) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(name, day, tokens.get(i).start(), Math.max(cityEnd, tokens.get(k).end()), confidence));
    }

    /** The month-day in the year that puts it nearest to a known date (a dateline "December 31" on a January 1 byline). */
    private static LocalDate closestYear(DateMention md, LocalDate known) {
        LocalDate best = null;
        for (int y = known.getYear() - 1; y <= known.getYear() + 1; y++) {
            LocalDate d = md.withYear(y).date();
            if (d != null && (best == null || Math.abs(d.toEpochDay() - known.toEpochDay())
                    < Math.abs(best.toEpochDay() - known.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    private static DateMention mentionAt(List<DateMention> dates, int token) {
        for (DateMention d : dates) {
            if (d.firstToken() == token) {
                return d;
            }
            if (d.firstToken() > token) {
                return null;
            }
        }
        return null;
    }

    /** "Reuters, 2 March 1987" alone on its line. */
    private static boolean isByline(List<Token> tokens, DateMention d) {
        int first = d.firstToken();
        if (first < 2 || !tokens.get(first - 1).is(",")) {
            return false;
        }
        int ls = lineStart(tokens, first);
        if (first - 1 - ls > 4 || first - 1 - ls < 1) {
            return false;
        }
        for (int k = ls; k < first - 1; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).capitalized()) {
                return false;
            }
        }
        return d.endToken() >= tokens.size() || tokens.get(d.endToken()).breakBefore() > 0;
    }

    /** Which line (0 = the first) token {@code i} is on. */
    private static int lineIndex(List<Token> tokens, int i) {
        int lines = 0;
        for (int k = 1; k <= i; k++) {
            if (tokens.get(k).breakBefore() > 0) {
                lines++;
            }
        }
        return lines;
    }

    private static int lineStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && tokens.get(k).breakBefore() == 0) {
            k--;
        }
        return k;
    }
}
