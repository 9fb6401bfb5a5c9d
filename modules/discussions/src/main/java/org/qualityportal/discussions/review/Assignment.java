package org.qualityportal.discussions.review;

import java.time.Instant;

/**
 * An expert asked to review a discussion's document.
 *
 * @param due          when the evaluation is due
 * @param conflict     the expert declared a conflict of interest and is recused
 * @param conflictNote what the expert said about the conflict
 * @param reminded     a reminder of the approaching deadline has been sent
 */
public record Assignment(String id, String discussionId, String expert, Instant due, String assignedBy,
                         boolean conflict, String conflictNote, boolean reminded, Instant created) {
}
