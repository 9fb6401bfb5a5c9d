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

    /**
     * Moves or renames a unit with everything under it, within its tree, to a free place under an
     * existing parent; its history goes with it. A published unit moves on the public site too when
     * its new parent is published there; otherwise it leaves the public site until published again.
     *
     * @return false when there is nothing at {@code from}
     * @throws IllegalArgumentException when {@code to} is taken, lies inside {@code from}, in another
     *                                  tree, or its parent does not exist
     */
    boolean move(String from, String to);

    /**
     * Copies a unit with everything under it to a free place under an existing parent, in the same
     * tree. The copies are new units: new ids, created now, never published, with no history.
     *
     * @return false when there is nothing at {@code from}
     * @throws IllegalArgumentException as for {@link #move}
     */
    boolean copy(String from, String to);

    /** Outcome of one upsert. */
    enum UpsertResult { CREATED, UPDATED, UNCHANGED }
}
