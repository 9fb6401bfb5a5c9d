package org.qualityportal.content;

import java.util.List;

/**
 * Moves units from author to live. Publishing copies the unit with its areas, components and other
 * non-unit descendants (never its child pages or items) and the assets it references, in one save,
 * and records a version. Unpublishing removes the node and everything under it from live.
 */
public interface Publisher {

    /** @return paths published, the unit first, then referenced assets that needed it */
    List<String> publish(String path, String user);

    boolean unpublish(String path, String user);

    PublicationStatus status(String path);

    List<VersionInfo> versions(String path);

    /**
     * The unit as it was published in version {@code number}: its descriptive properties and
     * non-unit descendants. Binary files are not part of a version; empty when there is no such version.
     */
    java.util.Optional<NodeData> version(String path, int number);
}
