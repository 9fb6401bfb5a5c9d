package org.qualityportal.discussions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.qualityportal.api.AuditTrail;

/** An audit trail that keeps its entries in a list for the test to read. */
public final class RecordingAudit implements AuditTrail {
    /** One entry, as the module wrote it. */
    public record Entry(String user, String action, String label, String path, String detail) {
    }

    public final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(String user, String action, String label, String path, String detail) {
        entries.add(new Entry(user, action, label, path, detail));
    }

    /** The action codes in order. */
    public List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }

    public Entry last() {
        return entries.get(entries.size() - 1);
    }
}
