package org.qualityportal.templating.rendering;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.templating.site.SiteMap;

/**
 * Content as scripts see it: a map of its properties plus {@code @path}, {@code @name},
 * {@code @kind}, {@code @template}, {@code @contentType}, {@code @link} and {@code @lastModified}.
 */
public final class ContentMaps {
    private ContentMaps() {
    }

    public static Map<String, Object> of(Content content, SiteMap site) {
        Map<String, Object> map = new LinkedHashMap<>();
        content.properties().forEach((k, v) -> map.put(k, v instanceof BinaryValue b ? binary(b) : v));
        map.put("@path", content.path());
        map.put("@name", content.name());
        map.put("@kind", content.kind());
        if (content.template() != null) {
            map.put("@template", content.template());
        }
        if (content.contentType() != null) {
            map.put("@contentType", content.contentType());
        }
        map.put("@link", site.link(content));
        if (content.audit().lastModified() != null) {
            map.put("@lastModified", content.audit().lastModified().toString());
        }
        return map;
    }

    private static Map<String, Object> binary(BinaryValue b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("fileName", b.fileName());
        map.put("mimeType", b.mimeType());
        map.put("size", b.size());
        return map;
    }

    /** The path of a content map or a path given as text. */
    static String pathOf(Object contentOrPath) {
        if (contentOrPath instanceof Map<?, ?> map && map.get("@path") != null) {
            return String.valueOf(map.get("@path"));
        }
        if (contentOrPath instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("Expected content or a content path, got " + contentOrPath);
    }
}
