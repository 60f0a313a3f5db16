package org.pacta.core.document;

import java.time.LocalDate;

/**
 * A stage of an agreement's life that a document reports as done: "adopted in the first reading",
 * "ratified", "entered into force", "terminated".
 *
 * @param kind      the stage, with the status labels ({@code approved in first reading}, {@code ratified} …)
 * @param date      when it happened, or null when the document does not say
 * @param dateBasis how the date was found: {@code stated} (written in the sentence) or {@code article date}
 *                  (an undated report in news, taken to be the day of the article)
 * @param party     the party that acted (ISO alpha-3 or organisation id), or null when it concerns all
 * @param body      the body that acted ("Milli Majlis"), or null
 */
public record ReportedEvent(String kind, LocalDate date, String dateBasis, String party, String body,
                            Evidence evidence) {
}
