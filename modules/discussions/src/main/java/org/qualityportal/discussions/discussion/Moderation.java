package org.qualityportal.discussions.discussion;

import java.util.List;
import java.util.Optional;

import org.qualityportal.api.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The moderators' side of discussions: the queue (waiting and reported contributions), approving,
 * rejecting, hiding with a reason (the thread keeps a placeholder and the replies), and blocking people.
 */
@Component
public class Moderation {
    private final Discussions discussions;
    private final Contributions contributions;
    private final Blocks blocks;
    private final AuditTrail audit;
    private final DiscussionEvents events;

    public Moderation(Discussions discussions, Contributions contributions, Blocks blocks, AuditTrail audit,
                      DiscussionEvents events) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.blocks = blocks;
        this.audit = audit;
        this.events = events;
    }

    /** Waiting for approval, oldest first. */
    public List<Contribution> pending() {
        return contributions.all().stream().filter(c -> c.status() == ContributionStatus.PENDING).toList();
    }

    /** Shown and reported by readers, most reported first. */
    public List<Contribution> reported() {
        return contributions.all().stream()
                .filter(c -> c.reports() > 0 && c.status() == ContributionStatus.PUBLISHED)
                .sorted(java.util.Comparator.comparingInt(Contribution::reports).reversed()).toList();
    }

    public Optional<Contribution> approve(String id, String moderator) {
        return change(id, ContributionStatus.PENDING, ContributionStatus.PUBLISHED, "", moderator,
                "CONTRIBUTION_APPROVED", "Сообщение одобрено");
    }

    public Optional<Contribution> reject(String id, String reason, String moderator) {
        return change(id, ContributionStatus.PENDING, ContributionStatus.REJECTED, reason, moderator,
                "CONTRIBUTION_REJECTED", "Сообщение отклонено модератором");
    }

    public Optional<Contribution> hide(String id, String reason, String moderator) {
        return change(id, ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN, reason, moderator,
                "CONTRIBUTION_HIDDEN", "Сообщение скрыто модератором");
    }

    /** The moderator looked at the reports and leaves the contribution up. */
    public Optional<Contribution> keep(String id, String moderator) {
        Optional<Contribution> c = contributions.find(id);
        c.ifPresent(found -> {
            contributions.clearReports(id);
            audit.record(moderator, "REPORTS_DISMISSED", "Жалобы рассмотрены, сообщение оставлено",
                    "/discussions/" + found.discussionId() + "#c-" + id, "");
        });
        return c;
    }

    public void block(String login, String reason, String moderator) {
        blocks.block(login, reason, moderator);
        audit.record(moderator, "PARTICIPANT_BLOCKED", "Участник заблокирован", "/users/" + login, reason);
    }

    public boolean unblock(String login, String moderator) {
        boolean done = blocks.unblock(login);
        if (done) {
            audit.record(moderator, "PARTICIPANT_UNBLOCKED", "Участник разблокирован", "/users/" + login, "");
        }
        return done;
    }

    private Optional<Contribution> change(String id, ContributionStatus from, ContributionStatus to, String reason,
                                          String moderator, String action, String label) {
        Optional<Contribution> c = contributions.find(id).filter(found -> found.status() == from);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Contribution changed = contributions.status(id, to, reason, moderator);
        audit.record(moderator, action, label, "/discussions/" + changed.discussionId() + "#c-" + id,
                reason == null ? "" : reason);
        if (to == ContributionStatus.PUBLISHED) {
            discussions.find(changed.discussionId()).ifPresent(d -> events.published(d, changed));
        }
        return Optional.of(changed);
    }
}
