package org.qualityportal.portal.schedule;

import java.time.Instant;

/**
 * A publication or unpublication waiting for its time, or one that failed and is kept to be seen.
 *
 * @param user     login of who scheduled it
 * @param failure  why it could not be carried out (Russian), or null while it waits
 * @param failedAt when it failed, or null
 */
public record Schedule(String id, String path, ScheduleAction action, Instant at, String user, Instant created,
                       String failure, Instant failedAt) {

    public boolean failed() {
        return failure != null;
    }

    /** How the audit log names who carried it out: the runner, on behalf of the user who scheduled it. */
    String actor() {
        return "schedule (" + user + ")";
    }
}
