package org.pacta.metadata.status;

/**
 * A news phrase that reports a stage of an agreement's life.
 *
 * @param status    the stage's label
 * @param rank      how far along (negotiating 0 … terminated 7)
 * @param start     offset of the phrase
 * @param end       offset just past it
 * @param counted   false when it is modal, negated, conditional or planned ("will enter into force",
 *                  "n'a pas ratifié", "plans to withdraw"), or not about an agreement
 * @param announced a decision announced for a later day ("will ratify …, with effect from July 1"): done,
 *                  though its date may lie after the article's
 */
public record StatusMention(String status, int rank, int start, int end, boolean counted, boolean announced) {
}
