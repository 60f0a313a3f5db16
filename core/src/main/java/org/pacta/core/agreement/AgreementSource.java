package org.pacta.core.agreement;

import java.time.LocalDate;

/**
 * A document that speaks of the agreement.
 *
 * @param role {@code text} for the agreement's own text, {@code news} for an article about it,
 *             {@code document} for anything else that speaks of it (a note, a report)
 */
public record AgreementSource(String documentId, String fileName, String title, String role,
                              LocalDate publishedDate) {
}
