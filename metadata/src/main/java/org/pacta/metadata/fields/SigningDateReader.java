package org.pacta.metadata.fields;

import org.pacta.metadata.clauses.SignatureClause;
import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.news.SigningReport;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The date an agreement was signed. In an agreement text: the best rated signature statement
 * ({@link org.pacta.metadata.clauses.SignatureClauses}), or, where the parties signed on different days,
 * the last of their signings ({@link #signings}). In news: the signing report whose date is read
 * most surely (an explicit date, then a relative day, then the article's own day for a bare "signed"),
 * the earliest in the text on a tie. Stateless and thread-safe.
 */
public final class SigningDateReader {

    public Optional<Finding<LocalDate>> read(Analysis a) {
        if (!a.isNews()) {
            // "signed on …" inside a treaty cites other instruments: only its signature statements count
            return SignatureClauses.bestDated(a.signatureClauses()).map(c -> finding(a, c));
        }
        return bestReport(a).map(r -> new Finding<>(r.date(), a.view().evidence(r.date().toString(),
                Math.min(r.verbStart(), r.dateStart()), Math.max(r.verbEnd(), r.dateEnd()), r.score())));
    }

    /**
     * The signings an agreement text records in its signature block, one per date and place, in text
     * order, each with its evidence: "Signed at Geneva on 3 May 2003" and "Signed at Bern on 5 May
     * 2003", or a "Date: …" line under each signatory. One signing when all signed together; none for
     * news or a text without a dated signature statement.
     */
    public List<Finding<LocalDate>> signings(Analysis a) {
        if (a.isNews()) {
            return List.of();
        }
        return SignatureClauses.signatureBlock(a.signatureClauses()).map(b -> b.signings().stream()
                .map(c -> finding(a, c)).toList()).orElse(List.of());
    }

    private static Finding<LocalDate> finding(Analysis a, SignatureClause c) {
        LocalDate d = c.date().date();
        return new Finding<>(d, a.view().evidence(d.toString(), c.start(), c.end(), Math.min(0.95, c.score())));
    }

    /** The news report the signing date comes from. */
    public static Optional<SigningReport> bestReport(Analysis a) {
        return a.signingReports().stream()
                .filter(r -> r.date() != null)
                .max(Comparator.comparingDouble(SigningReport::score)
                        .thenComparing(Comparator.comparingInt(SigningReport::verbStart).reversed()));
    }
}
