package org.qualityportal.content;

import java.util.Set;

/**
 * The property convention that stands in for custom JCR node types: every node is
 * {@code nt:unstructured} and carries {@link ContentProperties#TYPE} with one of these values.
 */
public final class NodeKind {
    public static final String PAGE = "page";
    public static final String AREA = "area";
    public static final String COMPONENT = "component";
    /** A content item of a content type (document, news, ...); its type is in {@code qp:contentType}. */
    public static final String ITEM = "item";
    public static final String ASSET = "asset";
    public static final String FOLDER = "folder";
    public static final String USER = "user";
    /**
     * A plain data node, e.g. one row of a composite field (a roadmap event). Nodes without
     * {@code qp:type} are rows: they belong to the unit above them.
     */
    public static final String ROW = "row";
    /** A binary value: stored as a child node, seen by readers as a property of its parent. */
    public static final String RESOURCE = "resource";

    /**
     * Nodes that are published, versioned and exported on their own. Everything else (areas,
     * components, composite rows) belongs to the nearest unit above it.
     */
    private static final Set<String> UNITS = Set.of(PAGE, ITEM, ASSET, FOLDER, USER);

    private NodeKind() {
    }

    public static boolean isUnit(String kind) {
        return kind != null && UNITS.contains(kind);
    }
}
