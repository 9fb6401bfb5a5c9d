package org.qualityportal.api;

/**
 * The portal's audit log, open to modules: an entry names its action by a stable code
 * ({@code DISCUSSION_OPENED}) and a Russian label shown in the log. Call it after the change is saved;
 * a failure to write the entry is logged and never undoes the change.
 */
public interface AuditTrail {

    void record(String user, String action, String label, String path, String detail);
}
