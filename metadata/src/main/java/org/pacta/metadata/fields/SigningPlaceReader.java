package org.pacta.metadata.fields;

import org.pacta.metadata.clauses.SignatureClauses;
import org.pacta.metadata.document.Dateline;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.places.PlaceNames;

import java.util.Comparator;
import java.util.Optional;

/**
 * The city where an agreement was signed. In an agreement text: the place of the best rated signature
 * statement that names one ("Done at Tokyo", "Hecho en la ciudad de Montevideo", "Fait à N'Djaména",
 * "BRUSSELS, 17 MAY 1926" with the title). In news: the place the signing report names ("signed in
 * Istanbul", "signed last night in Brussels"), the dateline's city when it says "signed here", and,
 * with low confidence, the dateline's city when the article reports the signing as the day's news
 * ("X and Y signed an agreement", no other time or place). A dateline is where the story was filed,
 * not where the signing happened, so a signing dated before the article gets no place from it.
 * Stateless and thread-safe.
 */
public final class SigningPlaceReader {

    public Optional<Finding<String>> read(Analysis a) {
        if (!a.isNews()) {
            return SignatureClauses.bestPlaced(a.signatureClauses())
                    .map(c -> new Finding<>(c.place().name(), a.view().evidence(c.place().name(), c.start(),
                            Math.max(c.place().end(), c.end()), Math.min(0.95, c.score()))));
        }
        Dateline dateline = a.dateline().orElseThrow();
        Optional<SigningReport> dated = SigningDateReader.bestReport(a);
        if (dated.isPresent()) {
            Optional<Finding<String>> f = explicit(a, dated.get(), dateline);
            if (f.isPresent()) {
                return f;
            }
        }
        Optional<Finding<String>> named = a.signingReports().stream()
                .filter(r -> r.place() != null || r.here() && dateline.city() != null)
                .max(Comparator.comparingDouble(SigningReport::score))
                .flatMap(r -> explicit(a, r, dateline));
        if (named.isPresent()) {
            return named;
        }
        if (dated.isPresent() && dateline.city() != null && dateline.date() != null
                && dateline.date().equals(dated.get().date())) {
            String city = PlaceNames.get().normalize(dateline.city());
            return Optional.of(new Finding<>(city, a.view().evidence(city, dateline.start(), dateline.end(), 0.4)));
        }
        return Optional.empty();
    }

    private static Optional<Finding<String>> explicit(Analysis a, SigningReport r, Dateline dateline) {
        if (r.place() != null) {
            return Optional.of(new Finding<>(r.place().name(), a.view().evidence(r.place().name(),
                    Math.min(r.verbStart(), r.place().start()), Math.max(r.verbEnd(), r.place().end()), 0.85)));
        }
        if (r.here() && dateline.city() != null) {
            String city = PlaceNames.get().normalize(dateline.city());
            return Optional.of(new Finding<>(city, a.view().evidence(city, r.verbStart(), r.verbEnd(), 0.75)));
        }
        return Optional.empty();
    }
}
