package org.qualityportal.content;

import java.util.Set;

/**
 * What one saved change did to the live workspace (a publication, an unpublication, a move, a
 * deletion): the content paths of the nodes added, changed or removed. A path may be a unit or a node
 * inside one (an area, a component, a row); a listener that cares about units looks the path up and
 * walks up to its unit, and treats a path that no longer exists as removed with everything under it.
 */
public record LiveChange(Set<String> paths) {

    public LiveChange {
        paths = Set.copyOf(paths);
    }
}
