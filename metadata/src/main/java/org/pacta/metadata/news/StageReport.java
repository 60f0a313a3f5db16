package org.pacta.metadata.news;

import org.pacta.metadata.status.StatusMention;

/**
 * A news phrase that reports a stage of an agreement's life as done, with the date the report gives it.
 *
 * @param mention  the phrase
 * @param when     its date: written, counted from the article's day, or the article's day
 * @param sentence index of its sentence in the text's sentences
 */
public record StageReport(StatusMention mention, ReportDates.Found when, int sentence) {
}
