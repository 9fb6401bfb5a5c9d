package org.qualityportal.content;

/** Names of the properties the portal itself maintains. User-defined properties never start with {@code qp:}. */
public final class ContentProperties {
    public static final String PREFIX = "qp:";
    public static final String TYPE = "qp:type";
    public static final String TEMPLATE = "qp:template";
    public static final String CONTENT_TYPE = "qp:contentType";

    // Audit fields: maintained by the store, never imported or exported.
    public static final String ID = "qp:id";
    public static final String CREATED = "qp:created";
    public static final String LAST_MODIFIED = "qp:lastModified";
    public static final String LAST_PUBLISHED = "qp:lastPublished";
    public static final String PUBLISHED_BY = "qp:publishedBy";

    // Resource (binary) nodes.
    public static final String FILE_NAME = "qp:fileName";
    public static final String MIME_TYPE = "qp:mimeType";
    public static final String SIZE = "qp:size";
    public static final String SHA256 = "qp:sha256";

    private ContentProperties() {
    }

    /** The properties that a {@link NodeData} describes directly (not audit or storage details). */
    public static boolean isDescriptive(String name) {
        return !name.startsWith("jcr:") && (!name.startsWith(PREFIX)
                || name.equals(TYPE) || name.equals(TEMPLATE) || name.equals(CONTENT_TYPE));
    }
}
