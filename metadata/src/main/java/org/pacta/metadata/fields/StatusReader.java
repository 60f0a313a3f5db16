package org.pacta.metadata.fields;

import org.pacta.metadata.clauses.SignatureClause;
import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.news.StageReport;
import org.pacta.metadata.status.StatusMention;

import java.util.Optional;

/**
 * Where an agreement stands: negotiating, initialled, signed, approved in first reading, ratified, in
 * force, terminated, withdrawn, suspended, adopted.
 * <p>In news: the furthest stage the article reports as done ("ratified", "approved in the first
 * reading", "entered into force", "terminating the treaty", in the languages of {@link
 * org.pacta.metadata.status.StageLexicon}); "will sign" or "to be signed" is negotiating; modal, negated,
 * conditional and planned mentions do not count ({@link org.pacta.metadata.status.StatusMentions}), nor
 * a stage dated after the article ({@link org.pacta.metadata.news.StageReports}). In an agreement text:
 * a signature clause makes it at least signed, an "Adopted at" statement adopted; the text cannot tell
 * whether it entered into force later. Thread-safe.
 */
public final class StatusReader {

    public Optional<Finding<String>> read(Analysis a) {
        if (a.isNews()) {
            StatusMention best = null;
            for (StageReport r : a.stageReports()) {
                if (best == null || r.mention().rank() > best.rank()) {
                    best = r.mention();
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            double confidence = best.rank() == 0 ? 0.6 : 0.8;
            return Optional.of(new Finding<>(best.status(), a.view().evidence(best.status(), best.start(), best.end(),
                    confidence)));
        }
        for (SignatureClause c : a.signatureClauses()) {
            if (c.score() < SignatureClauses.THRESHOLD) {
                break;
            }
            String status = c.kind() == SignatureClause.Kind.ADOPTED ? "adopted" : "signed";
            return Optional.of(new Finding<>(status, a.view().evidence(status, c.start(), c.end(), 0.6)));
        }
        return Optional.empty();
    }
}
