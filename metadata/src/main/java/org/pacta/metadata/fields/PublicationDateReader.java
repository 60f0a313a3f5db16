package org.pacta.metadata.fields;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A news article's date, from its dateline ("BAKU, December 25, 2025 –"), completed by its byline
 * ("Reuters, 2 March 1987") or date label ("date 2025-12-16"). Agreement texts have none.
 * Stateless and thread-safe.
 */
public final class PublicationDateReader {

    public Optional<Finding<LocalDate>> read(Analysis a) {
        return a.dateline()
                .filter(d -> d.date() != null)
                .map(d -> new Finding<>(d.date(), a.view().evidence(d.date().toString(), d.start(), d.end(),
                        d.confidence())));
    }
}
