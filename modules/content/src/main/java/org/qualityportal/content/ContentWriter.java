package org.qualityportal.content;

import java.util.List;

/** Writes to the author workspace. Each call is one repository save. */
public interface ContentWriter {

    /**
     * Creates or updates the unit at {@code path} with the properties and non-unit descendants of
     * {@code data}, creating missing ancestors as folders. Properties and non-unit children absent
     * from {@code data} are removed; child units (sub-pages, items) are left alone. Writing the same
     * data twice changes nothing, not even the modification date.
     */
    UpsertResult upsert(String path, NodeData data);

    /**
     * Puts the named children of {@code path} first, in the given order; others follow as they were.
     *
     * @return whether the order changed
     */
    boolean orderChildren(String path, List<String> names);

    /** Removes a node and everything under it from the author workspace (not from live). */
    boolean delete(String path);

    /** Outcome of one upsert. */
    enum UpsertResult { CREATED, UPDATED, UNCHANGED }
}
