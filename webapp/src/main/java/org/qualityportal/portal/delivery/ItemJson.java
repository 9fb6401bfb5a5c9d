package org.qualityportal.portal.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.rendering.HtmlSanitizer;
import org.qualityportal.templating.site.SiteMap;

/**
 * An item as the delivery API gives it: {@code id}, {@code path}, {@code name}, {@code url},
 * {@code type}, {@code lastModified} and {@code fields}, which holds every field of the content
 * type (null or an empty array when the item has no value). Rich text is sanitised as on the
 * site; links and assets are resolved in the live view, so a target that is not published is left
 * out rather than exposed.
 */
final class ItemJson {
    private final ContentView live;
    private final SiteMap site;

    ItemJson(ContentView live, SiteMap site) {
        this.live = live;
        this.site = site;
    }

    Map<String, Object> item(Content item, ContentTypeDefinition type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.audit().id());
        json.put("path", item.path());
        json.put("name", item.name());
        json.put("url", site.link(item));
        json.put("type", type.name());
        json.put("lastModified", item.audit().lastModified() == null ? null : item.audit().lastModified().toString());
        json.put("fields", fields(item, type.fields()));
        return json;
    }

    private Map<String, Object> fields(Content owner, List<FieldDefinition> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            json.put(field.name(), field(owner, field));
        }
        return json;
    }

    private Object field(Content owner, FieldDefinition field) {
        if (field.type().equals("composite")) {
            // rows are child nodes of a node named after the field
            return live.children(owner.path() + "/" + field.name()).stream()
                    .map(row -> fields(row, field.fields())).toList();
        }
        List<Object> values = new ArrayList<>();
        for (Object stored : FieldValues.values(owner.properties().get(field.name()))) {
            Object value = value(owner, field, stored);
            if (value != null) {
                values.add(value);
            }
        }
        if (field.multiple()) {
            return values;
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private Object value(Content owner, FieldDefinition field, Object stored) {
        return switch (field.type()) {
            case "richText" -> HtmlSanitizer.sanitize(String.valueOf(stored));
            case "number" -> Objects.requireNonNullElse(FieldValues.number(stored), stored);
            case "boolean" -> Objects.requireNonNullElse(FieldValues.bool(stored), stored);
            case "date" -> date(String.valueOf(stored));
            case "link" -> link(String.valueOf(stored));
            case "asset" -> asset(String.valueOf(stored));
            case "binary" -> stored instanceof BinaryValue b ? binary(owner, field, b) : null;
            default -> stored instanceof String ? stored : String.valueOf(stored);
        };
    }

    /** Dates are stored as ISO text; a value with a time keeps it, anything else is passed on as written. */
    private static String date(String stored) {
        try {
            return LocalDate.parse(stored).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(stored).toString();
            } catch (DateTimeParseException notADateTime) {
                return stored;
            }
        }
    }

    private Map<String, Object> link(String path) {
        return live(path).map(target -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", target.path());
            json.put("url", site.link(target));
            json.put("title", String.valueOf(target.properties().getOrDefault("title", target.name())));
            json.put("type", target.contentType() != null ? target.contentType() : target.kind());
            return json;
        }).orElse(null);
    }

    private Map<String, Object> asset(String path) {
        return live(path).filter(a -> NodeKind.ASSET.equals(a.kind())).map(asset -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", asset.path());
            json.put("url", site.link(asset));
            json.put("title", String.valueOf(asset.properties().getOrDefault("title", asset.name())));
            if (asset.properties().get("file") instanceof BinaryValue file) {
                json.put("fileName", file.fileName());
                json.put("mimeType", file.mimeType());
                json.put("size", file.size());
            }
            return json;
        }).orElse(null);
    }

    /** A file held by the item itself; only an asset's {@code file} has a download URL (its own). */
    private Map<String, Object> binary(Content owner, FieldDefinition field, BinaryValue file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", NodeKind.ASSET.equals(owner.kind()) && field.name().equals("file") ? site.link(owner) : null);
        json.put("fileName", file.fileName());
        json.put("mimeType", file.mimeType());
        json.put("size", file.size());
        return json;
    }

    private java.util.Optional<Content> live(String path) {
        return ContentPaths.isValid(path) ? live.get(path) : java.util.Optional.empty();
    }
}
