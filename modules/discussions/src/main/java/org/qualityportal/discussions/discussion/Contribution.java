package org.qualityportal.discussions.discussion;

import java.time.Instant;

import org.qualityportal.discussions.results.Disposition;

/**
 * One contribution to a discussion: a comment on the document or on one of its sections, or a reply.
 *
 * @param parentId     the contribution replied to, or null
 * @param depth        0 for a comment, 1.. for replies
 * @param anchor       the section commented on, or null for the whole document
 * @param text         as written (plain text with limited Markdown); rendered escaped
 * @param municipality the municipality the author gave (for the results by municipality), may be empty
 * @param moderation   the moderator's reason for hiding or rejecting, else empty
 * @param edited       when the author last edited it, or null
 * @param disposition  what the editors did with it, or null
 */
public record Contribution(String id, String discussionId, String parentId, int depth, String author,
                           String authorName, Track track, String anchor, Stance stance, String text,
                           String municipality, ContributionStatus status, String moderation, int reports,
                           Instant created, Instant edited, Disposition disposition, String dispositionReason,
                           String dispositionLink) {

    /** Shown to the public as written (hidden, withdrawn and pending ones are not). */
    public boolean visible() {
        return status == ContributionStatus.PUBLISHED;
    }
}
