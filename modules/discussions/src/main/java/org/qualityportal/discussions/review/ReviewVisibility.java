package org.qualityportal.discussions.review;

import java.time.Instant;

import org.qualityportal.api.Account;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.web.Viewer;

/**
 * Who may see other experts' evaluations. Experts judge independently: until the review deadline an
 * expert sees only their own evaluation, so that early scores do not anchor later ones. Those who run
 * the review (editors, admins, moderators) follow it as it comes in; the public sees only the published
 * summary, never the individual evaluations.
 */
public final class ReviewVisibility {
    private ReviewVisibility() {
    }

    public static boolean maySeeOthers(Viewer viewer, Discussion discussion, Instant now) {
        if (viewer.editor() || viewer.moderator()) {
            return true;
        }
        return viewer.has(Account.EXPERT) && discussion.reviewClosed(now);
    }
}
