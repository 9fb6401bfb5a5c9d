package org.qualityportal.portal.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param user   the login of who did it ({@code schedule (login)} when the schedule runner did it for them)
 * @param action the action's stable code: an {@link AuditAction} name or a module's own code
 * @param label  the action's Russian label
 * @param path   the content path it concerns ({@code /users/login} for accounts)
 * @param detail free text, may be empty
 */
public record AuditEntry(String id, Instant at, String user, String action, String label, String path, String detail) {
}
