package org.qualityportal.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * System records: what the portal notes about itself (the audit log, scheduled publishing), kept in
 * the repository beside the content but never part of it. Records are not in the author or live
 * views, are not exported or imported, and do not make a repository count as non-empty.
 *
 * <p>A record belongs to a <em>kind</em> (a lower-case name such as {@code audit}); within its kind
 * it has an id that is unique and orders as its creation time does. Values are String, Long,
 * Double, Boolean, or a List of one of those; names are letters, digits, {@code _} and {@code -},
 * starting with a letter. Every call is one repository save or one read; safe to share between threads.
 */
public interface Records {

    /** Stores a new record created now; returns its id. */
    String append(String kind, Map<String, ?> values);

    /** Every record of the kind, newest first. */
    List<Record> list(String kind);

    /**
     * The records created in {@code [from, to)}, newest first; either bound may be null for an open
     * end. Only the storage of the days in range is read, so a narrow range stays cheap however long
     * the kind's history is.
     */
    List<Record> list(String kind, Instant from, Instant to);

    Optional<Record> get(String kind, String id);

    /**
     * Sets the given values on an existing record, leaving the others; a null value removes that
     * name. Returns false when there is no such record.
     */
    boolean update(String kind, String id, Map<String, ?> values);

    /** Removes a record; false when there was none. */
    boolean remove(String kind, String id);

    /** One stored record. {@code values} is unmodifiable. */
    record Record(String id, Instant created, Map<String, Object> values) {
        public Record {
            values = Map.copyOf(values);
        }

        /** A string value, or null when absent. */
        public String string(String name) {
            Object v = values.get(name);
            return v == null ? null : v.toString();
        }
    }
}
