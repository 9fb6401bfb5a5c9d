package org.qualityportal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Read access to one workspace. Paths are workspace-relative: {@code /website/news}. */
public interface ContentView {

    Workspace workspace();

    Optional<Content> get(String path);

    /** Child nodes in their stored order, without binary resource nodes. */
    List<Content> children(String path);

    /** The node and all its descendants, as export sees them. */
    Optional<NodeData> tree(String path);

    /** Opens the bytes of a binary property; empty when the node or property does not exist. */
    Optional<InputStream> openBinary(String path, String property) throws IOException;
}
