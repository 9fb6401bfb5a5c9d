package org.qualityportal.portal.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentAccessException;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.api.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who did what, when, to which path: kept as system records of kind {@code audit} (never content,
 * never exported). Call {@link #record} after the change has been saved:
 *
 * <pre>{@code
 * publisher.publish(path, me.getName());
 * audit.record(me.getName(), AuditAction.PUBLISHED, path, "");
 * }</pre>
 *
 * A failure to write the entry is logged with the whole entry and does not undo or fail the change.
 */
@Component
public class AuditLog implements AuditTrail {
    static final String KIND = "audit";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final Records records;

    AuditLog(ContentStore store) {
        this.records = store.records();
    }

    /**
     * Notes that {@code user} did {@code action} on {@code path}.
     *
     * @param detail a short Russian note shown beside the entry (the new roles, the time a publication is
     *               scheduled for...); null or empty for none
     */
    public void record(String user, AuditAction action, String path, String detail) {
        record(user, action.name(), action.label(), path, detail);
    }

    /** An entry for an action a module defines: its code and its label are stored with the entry. */
    @Override
    public void record(String user, String action, String label, String path, String detail) {
        Map<String, Object> values = Map.of("user", text(user), "action", text(action), "label", text(label),
                "path", text(path), "detail", text(detail));
        try {
            records.append(KIND, values);
        } catch (ContentAccessException | IllegalArgumentException e) {
            LOG.error("Audit entry not stored: {}", values, e);
        }
    }

    /** The entries made in {@code [from, to)} (either may be null for an open end), newest first. */
    public List<AuditEntry> entries(Instant from, Instant to) {
        return records.list(KIND, from, to).stream().map(AuditLog::entry).flatMap(Optional::stream).toList();
    }

    private static Optional<AuditEntry> entry(Records.Record r) {
        String action = r.string("action");
        if (action == null || action.isEmpty()) {
            return Optional.empty();
        }
        String label = r.string("label");
        if (label == null || label.isEmpty()) {
            label = AuditAction.of(action).map(AuditAction::label).orElse(action);
        }
        return Optional.of(new AuditEntry(r.id(), r.created(), text(r.string("user")), action, label,
                text(r.string("path")), text(r.string("detail"))));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
