package org.pacta.metadata.news;

import org.pacta.metadata.Analysis;
import org.pacta.metadata.status.StatusMention;
import org.pacta.metadata.status.StatusMentions;
import org.pacta.metadata.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages a news article reports as done ({@link StatusMentions}), each dated ({@link ReportDates}).
 * A stage dated after the article has not happened yet ("entre en vigueur le 1er janvier" in a December
 * article, "takes effect tomorrow"), whatever its verb says, unless it is a decision announced for that
 * day ("will ratify …, with effect from July 1"). Talks ("negotiating") are kept undated. Stateless and
 * thread-safe; {@link Analysis#stageReports()} keeps one list per document.
 */
public final class StageReports {

    private final StatusMentions mentions = new StatusMentions();

    public List<StageReport> find(Analysis a) {
        if (!a.isNews()) {
            return List.of();
        }
        LocalDate article = a.articleDate().orElse(null);
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
                if (!yetToCome || m.announced()) {
                    out.add(new StageReport(m, when, i));
                }
            }
        }
        return out;
    }

    private static ReportDates.Found dateOf(Analysis a, Sentence s, StatusMention m) {
        int from = a.view().tokenIndexAt(s.start());
        int to = a.view().tokenIndexAt(s.end());
        return ReportDates.near(a, from, Math.max(to, from + 1), a.view().tokenIndexAt(m.start()));
    }
}
