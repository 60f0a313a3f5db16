package org.pacta.core.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage of an agreement's life: signed, approved in first reading, ratified, entered into force …
 *
 * @param kind      the stage, with the status labels
 * @param date      when, or null when no document says
 * @param dateBasis {@code stated} or {@code article date} (see {@link org.pacta.core.document.ReportedEvent})
 * @param party     who acted, or null when the stage concerns every party (a signing)
 * @param body      the body that acted ("Milli Majlis"), or null
 * @param place     where, for a signing, or null
 * @param sources   the sentences that report it, one per document
 */
public record TimelineEvent(String kind, LocalDate date, String dateBasis, String party, String body, String place,
                            List<EventSource> sources) {

    public TimelineEvent {
        sources = List.copyOf(sources);
    }

    /** Where a document reports the event. */
    public record EventSource(String documentId, String sentence, int start, int end) {
    }
}
