package org.qualityportal.portal.author.assets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qualityportal.content.NodeData;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.definition.ContentValidator;

/**
 * The form of an asset's fields, made from the asset content type: one control per field that an
 * editor types (files and composite rows have their own ways), the value as typed, and the problem
 * beside it. Values are posted as {@code field.<name>}.
 */
final class MetadataForm {
    static final String PREFIX = "field.";

    private MetadataForm() {
    }

    /**
     * One control.
     *
     * @param control  {@code text}, {@code textarea}, {@code select} or {@code checkbox}
     * @param multiple one value per line (a textarea)
     */
    public record Field(String name, String param, String label, String control, String value, boolean multiple,
                        boolean required, List<Option> options, String error) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    static boolean isEditable(FieldDefinition field) {
        return !"binary".equals(field.type()) && !"composite".equals(field.type());
    }

    /** The stored values as text, as the form shows them. */
    static Map<String, String> values(ContentTypeDefinition type, NodeData asset) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            Object value = asset.properties().get(field.name());
            if (isEditable(field) && value != null) {
                values.put(field.name(), value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining("\n")) : String.valueOf(value));
            }
        }
        return values;
    }

    /** The posted values, by field name, as typed. */
    static Map<String, String> posted(ContentTypeDefinition type, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            if (isEditable(field)) {
                values.put(field.name(), params.getOrDefault(PREFIX + field.name(), "").strip());
            }
        }
        return values;
    }

    /** Typed values for storage: numbers as numbers, checkboxes as booleans, lines as lists; empty as null. */
    static Map<String, Object> parse(ContentTypeDefinition type, Map<String, String> typed) {
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            if (isEditable(field)) {
                parsed.put(field.name(), parse(field, typed.getOrDefault(field.name(), "")));
            }
        }
        return parsed;
    }

    /** Problems by field name, the first for each field, from the content type's validator. */
    static Map<String, String> problems(ContentTypeDefinition type, Map<String, Object> properties, NodeData asset) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ContentValidator.Problem p : ContentValidator.validate(type, properties, name -> rows(asset, name))) {
            String field = p.field().contains("[") ? p.field().substring(0, p.field().indexOf('[')) : p.field();
            errors.putIfAbsent(field, p.message());
        }
        return errors;
    }

    static List<Field> fields(ContentTypeDefinition type, Map<String, String> values, Map<String, String> errors,
                              Map<String, String> messages) {
        List<Field> fields = new ArrayList<>();
        for (FieldDefinition field : type.fields()) {
            if (!isEditable(field)) {
                continue;
            }
            String value = values.getOrDefault(field.name(), "");
            List<Option> options = new ArrayList<>();
            if ("select".equals(field.type())) {
                if (!field.required()) {
                    options.add(new Option("", "— не выбрано —", value.isEmpty()));
                }
                for (String option : field.options()) {
                    String key = type.name() + "." + field.name() + "." + option;
                    options.add(new Option(option, messages.getOrDefault(key, option), option.equals(value)));
                }
            }
            fields.add(new Field(field.name(), PREFIX + field.name(), field.label(), control(field), value, field.multiple(),
                    field.required(), options, errors.getOrDefault(field.name(), "")));
        }
        return fields;
    }

    private static String control(FieldDefinition field) {
        if (field.multiple() || "richText".equals(field.type())) {
            return "textarea";
        }
        return switch (field.type()) {
            case "select" -> "select";
            case "boolean" -> "checkbox";
            default -> "text";
        };
    }

    private static Object parse(FieldDefinition field, String text) {
        if (field.multiple()) {
            List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return lines.isEmpty() ? null : lines;
        }
        if ("boolean".equals(field.type())) {
            return "true".equals(text) ? Boolean.TRUE : null;
        }
        if (text.isEmpty()) {
            return null;
        }
        if ("number".equals(field.type())) {
            // anything else stays text, for the validator to name
            if (text.matches("-?\\d{1,18}")) {
                return Long.valueOf(text);
            }
            return text.matches("-?\\d{1,18}[.,]\\d{1,9}") ? (Object) Double.valueOf(text.replace(',', '.')) : text;
        }
        return text;
    }

    private static List<Map<String, Object>> rows(NodeData asset, String field) {
        return asset.children().stream().filter(c -> c.name().equals(field)).findFirst()
                .map(area -> area.children().stream().map(NodeData::properties).toList()).orElse(List.of());
    }
}
