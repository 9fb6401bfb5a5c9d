package org.qualityportal.portal.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param user   the login of who did it ({@code schedule (login)} when the schedule runner did it for them)
 * @param path   the content path it concerns ({@code /users/login} for accounts)
 * @param detail free text, may be empty
 */
public record AuditEntry(String id, Instant at, String user, AuditAction action, String path, String detail) {
}
