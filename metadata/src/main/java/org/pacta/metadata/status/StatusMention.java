package org.pacta.metadata.status;

/**
 * A news phrase that reports a stage of an agreement's life.
 *
 * @param status  the canonical status
 * @param rank    how far along (negotiating 0 … terminated 7)
 * @param start   offset of the phrase
 * @param end     offset just past it
 * @param counted false when it is modal, negated or conditional ("will enter into force")
 */
public record StatusMention(String status, int rank, int start, int end, boolean counted) {
}
