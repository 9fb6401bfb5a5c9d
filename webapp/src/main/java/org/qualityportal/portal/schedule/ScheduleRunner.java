package org.qualityportal.portal.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Publisher;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.config.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out the schedules that are due, the earliest first: publishes or unpublishes on behalf of
 * the user who scheduled it, notes it in the audit log as done by {@code schedule (login)}, and moves
 * the schedule to the done ones. One that cannot be carried out (its item was deleted...) is marked
 * failed with the reason and kept to be seen; it never stops the others. Run every
 * {@code portal.schedule.interval} (see {@link ScheduleConfiguration}); tests call {@link #runDue} directly.
 */
@Component
public class ScheduleRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);

    private final ContentStore store;
    private final Schedules schedules;
    private final AuditLog audit;
    private final PortalTime time;

    ScheduleRunner(ContentStore store, Schedules schedules, AuditLog audit, PortalTime time) {
        this.store = store;
        this.schedules = schedules;
        this.audit = audit;
        this.time = time;
    }

    void runNow() {
        try {
            runDue(time.now());
        } catch (RuntimeException e) {
            // the next run tries again; a scheduled task that throws would be logged less clearly
            LOG.error("Looking for due schedules failed", e);
        }
    }

    /** Carries out every waiting schedule due at {@code now}; returns how many were carried out. */
    public synchronized int runDue(Instant now) {
        int done = 0;
        for (Schedule schedule : schedules.all()) {
            if (!schedule.failed() && !schedule.at().isAfter(now) && run(schedule, now)) {
                done++;
            }
        }
        return done;
    }

    private boolean run(Schedule schedule, Instant now) {
        try {
            if (schedules.find(schedule.id()).filter(s -> !s.failed()).isEmpty()) {
                return false; // cancelled meanwhile
            }
            Optional<String> problem = ScheduleTargets.problem(store.view(Workspace.AUTHOR), schedule.path());
            if (problem.isPresent()) {
                fail(schedule, problem.get(), now);
                return false;
            }
            String when = "по расписанию на " + time.format(schedule.at());
            Publisher publisher = store.publisher();
            String note;
            if (schedule.action() == ScheduleAction.PUBLISH) {
                List<String> published = publisher.publish(schedule.path(), schedule.actor());
                audit.record(schedule.actor(), AuditAction.PUBLISHED, schedule.path(), when);
                published.stream().skip(1).forEach(asset -> audit.record(schedule.actor(), AuditAction.PUBLISHED,
                        asset, "вместе с " + schedule.path() + ", " + when));
                note = published.size() > 1 ? "Опубликовано вместе с файлами: " + (published.size() - 1) + "." : "Опубликовано.";
            } else {
                boolean removed = publisher.unpublish(schedule.path(), schedule.actor());
                if (removed) {
                    audit.record(schedule.actor(), AuditAction.UNPUBLISHED, schedule.path(), when);
                }
                note = removed ? "Снято с публикации." : "Не было опубликовано: снимать нечего.";
            }
            schedules.done(schedule, note);
            LOG.info("Schedule {} carried out: {} {}", schedule.id(), schedule.action(), schedule.path());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Schedule {} ({} {}) failed", schedule.id(), schedule.action(), schedule.path(), e);
            fail(schedule, "Ошибка при выполнении: " + e.getMessage(), now);
            return false;
        }
    }

    private void fail(Schedule schedule, String reason, Instant now) {
        try {
            schedules.failed(schedule, reason, now);
            audit.record(schedule.actor(), AuditAction.SCHEDULE_FAILED, schedule.path(),
                    schedule.action().label() + " на " + time.format(schedule.at()) + ": " + reason);
        } catch (RuntimeException e) {
            LOG.error("Schedule {} could not be marked failed ({})", schedule.id(), reason, e);
        }
    }
}
