package org.pacta.metadata.dates;

import org.pacta.metadata.Analysis;
import org.pacta.metadata.Finding;
import org.pacta.metadata.clauses.SignatureClause;
import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.news.SigningReport;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The date an agreement was signed. In an agreement text: the best rated signature statement
 * ({@link org.pacta.metadata.clauses.SignatureClauses}). In news: the signing report whose date is read
 * most surely (an explicit date, then a relative day, then the article's own day for a bare "signed"),
 * the earliest in the text on a tie. Stateless and thread-safe.
 */
public final class SigningDateReader {

    public Optional<Finding<LocalDate>> read(Analysis a) {
        if (!a.isNews()) {
            Optional<SignatureClause> c = SignatureClauses.bestDated(a.signatureClauses());
            if (c.isPresent()) {
                LocalDate d = c.get().date().date();
                return Optional.of(new Finding<>(d, a.view().evidence(d.toString(), c.get().start(), c.get().end(),
                        Math.min(0.95, c.get().score()))));
            }
        }
        if (!a.isNews()) {
            return Optional.empty(); // "signed on …" inside a treaty cites other instruments
        }
        return bestReport(a).map(r -> new Finding<>(r.date(), a.view().evidence(r.date().toString(),
                Math.min(r.verbStart(), r.dateStart()), Math.max(r.verbEnd(), r.dateEnd()), r.score())));
    }

    /** The news report the signing date comes from. */
    public static Optional<SigningReport> bestReport(Analysis a) {
        return a.signingReports().stream()
                .filter(r -> r.date() != null)
                .max(Comparator.comparingDouble(SigningReport::score)
                        .thenComparing(Comparator.comparingInt(SigningReport::verbStart).reversed()));
    }
}
