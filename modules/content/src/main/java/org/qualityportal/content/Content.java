package org.qualityportal.content;

import java.time.Instant;
import java.util.Map;

/**
 * An immutable snapshot of one node as readers see it: controllers, models and templates work with
 * this, never with {@code javax.jcr.Node}.
 *
 * @param path       path within its workspace, e.g. {@code /website/documents}
 * @param kind       one of {@link NodeKind}
 * @param template   template id such as {@code portal:pages/general}, or null
 * @param properties descriptive properties in storage order; binary values appear as {@link BinaryValue}
 *                   without a source
 * @param audit      maintained by the store
 */
public record Content(String path, String name, String kind, String template, Map<String, Object> properties,
                      Audit audit) {

    /** Who and when; fields may be null where not yet known (e.g. never published). */
    public record Audit(String id, Instant created, Instant lastModified, Instant lastPublished,
                        String publishedBy) {
    }

    public String string(String name) {
        Object v = properties.get(name);
        return v == null ? null : v.toString();
    }

    public String contentType() {
        return string(ContentProperties.CONTENT_TYPE);
    }

    public boolean isUnit() {
        return NodeKind.isUnit(kind);
    }
}
