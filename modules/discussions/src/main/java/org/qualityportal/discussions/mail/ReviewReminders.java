package org.qualityportal.discussions.mail;

import java.time.Instant;

import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Reviews;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds assigned experts once when their review is due soon ({@code portal.discussions.reminder-before})
 * and they have neither submitted nor declared a conflict. Runs every hour; the reminder is marked on the
 * assignment, so a restart never sends it twice.
 */
@Component
public class ReviewReminders {
    private final Discussions discussions;
    private final Reviews reviews;
    private final Notifier notifier;
    private final DiscussionsProperties properties;
    private final ModuleTime time;

    ReviewReminders(Discussions discussions, Reviews reviews, Notifier notifier, DiscussionsProperties properties,
                    ModuleTime time) {
        this.discussions = discussions;
        this.reviews = reviews;
        this.notifier = notifier;
        this.properties = properties;
        this.time = time;
    }

    /** Sends the reminders due now; returns how many went out. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int remind() {
        Instant now = time.now();
        int sent = 0;
        for (Discussion d : discussions.all()) {
            for (Assignment a : reviews.assignments(d.id())) {
                boolean soon = a.due() != null && now.isBefore(a.due())
                        && !now.isBefore(a.due().minus(properties.reminderBefore()));
                if (soon && !a.conflict() && !a.reminded() && reviews.evaluation(d.id(), a.expert()).isEmpty()) {
                    notifier.notify(a.expert(), NotificationKind.REVIEW_DEADLINE, "Срок экспертизы: «" + d.title() + "»",
                            "Срок экспертной оценки документа «" + d.title() + "» истекает " + time.format(a.due()) + ".",
                            "/discussions/" + d.id() + "/review");
                    reviews.markReminded(a.id());
                    sent++;
                }
            }
        }
        return sent;
    }
}
