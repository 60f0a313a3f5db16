package org.pacta.metadata.news;

import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.status.StageLexicon;
import org.pacta.metadata.status.StatusMention;
import org.pacta.metadata.status.StatusMentions;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages a news article reports as done ({@link StatusMentions}), each dated ({@link ReportDates}).
 * A stage dated after the article has not happened yet ("entre en vigueur le 1er janvier" in a December
 * article, "takes effect tomorrow"), whatever its verb says, unless it is a decision announced for that
 * day ("will ratify …, with effect from July 1"). A stage after signing placed in a year before the
 * signing the article reports is another, older agreement's. Talks ("negotiating") are kept undated.
 * Stateless and thread-safe; the caller keeps one list per document.
 */
public final class StageReports {

    private static final int SIGNED = StageLexicon.get().stage("signed").rank();
    /** How many words from its verb the year of a stage may stand ("was terminated by Armenia in 2019"). */
    private static final int YEAR_NEAR = 8;

    private final StatusMentions mentions = new StatusMentions();

    /** {@code signings} are the article's {@link SigningReports}: a stage dated before them is another agreement's. */
    public List<StageReport> find(ParsedDocument a, List<SigningReport> signings) {
        if (!a.isNews()) {
            return List.of();
        }
        LocalDate article = a.articleDate().orElse(null);
        Integer signed = signingYear(signings);
        List<Sentence> sentences = a.view().sentences();
        List<StageReport> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (StatusMention m : mentions.in(s, i > 0 ? sentences.get(i - 1) : null)) {
                if (!m.counted()) {
                    continue;
                }
                ReportDates.Found when = m.rank() == 0 ? ReportDates.Found.NONE : dateOf(a, s, m);
                boolean yetToCome = article != null && when.date() != null && when.date().isAfter(article);
                if ((!yetToCome || m.announced()) && !beforeTheSigning(a, s, m, when, signed)) {
                    out.add(new StageReport(m, when, i));
                }
            }
        }
        return out;
    }

    /** The earliest year the article says the agreement was signed, or null. */
    private static Integer signingYear(List<SigningReport> signings) {
        return signings.stream().map(SigningReport::date).filter(d -> d != null).map(LocalDate::getYear)
                .min(Integer::compare).orElse(null);
    }

    /**
     * A stage after signing that the sentence places in a year before the signing is another, older
     * agreement's ("a previous transit agreement … was terminated by Armenia in 2019" in an article about
     * one signed in 2025).
     */
    private static boolean beforeTheSigning(ParsedDocument a, Sentence s, StatusMention m, ReportDates.Found when, Integer signed) {
        if (signed == null || m.rank() <= SIGNED) {
            return false;
        }
        Integer year = when.date() != null ? Integer.valueOf(when.date().getYear()) : yearNear(a, s, m);
        return year != null && year < signed;
    }

    /** The four-digit year written nearest the stage's verb, within a few words, or null. */
    private static Integer yearNear(ParsedDocument a, Sentence s, StatusMention m) {
        List<Token> tokens = a.view().tokens();
        int v = a.view().tokenIndexAt(m.start());
        Integer best = null;
        int bestDistance = YEAR_NEAR + 1;
        for (int k = a.view().tokenIndexAt(s.start()); k < tokens.size() && tokens.get(k).start() < s.end(); k++) {
            Token t = tokens.get(k);
            int distance = Math.abs(k - v);
            if (distance < bestDistance && t.isNumber() && t.digitCount() == 4 && t.numberSuffix().isEmpty()
                    && t.digitValue() >= 1800 && t.digitValue() <= 2200) {
                best = t.digitValue();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static ReportDates.Found dateOf(ParsedDocument a, Sentence s, StatusMention m) {
        int from = a.view().tokenIndexAt(s.start());
        int to = a.view().tokenIndexAt(s.end());
        return ReportDates.near(a, from, Math.max(to, from + 1), a.view().tokenIndexAt(m.start()));
    }
}
