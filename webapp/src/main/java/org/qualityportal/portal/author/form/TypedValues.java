package org.qualityportal.portal.author.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.rendering.HtmlSanitizer;

/**
 * The form's text turned into what the repository stores: numbers as numbers, rich text sanitised,
 * lists for multiple fields, and each composite field as an area node of rows. Text that does not
 * convert is kept as typed, so the validator can name the problem and the editor can fix it.
 */
public final class TypedValues {
    private TypedValues() {
    }

    /** The field values as item properties; empty fields are absent. */
    public static Map<String, Object> properties(List<FieldDefinition> definitions, FormValues values) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (FieldDefinition field : definitions) {
            if (!FieldTypes.COMPOSITE.equals(field.type()) && !FieldTypes.BINARY.equals(field.type())) {
                put(properties, field, values.values(field.name()));
            }
        }
        return properties;
    }

    /** The rows of one composite field, typed, in the validator's shape. */
    public static List<Map<String, Object>> rows(FieldDefinition composite, FormValues values) {
        return values.rows(composite.name()).stream().map(row -> cells(composite, row)).toList();
    }

    /** Each composite field as an area child named after it, its rows keeping their node names. */
    public static List<NodeData> areas(List<FieldDefinition> definitions, FormValues values) {
        List<NodeData> areas = new ArrayList<>();
        for (FieldDefinition field : definitions) {
            if (!FieldTypes.COMPOSITE.equals(field.type()) || values.rows(field.name()).isEmpty()) {
                continue;
            }
            List<FormValues.Row> rows = values.rows(field.name());
            Set<String> taken = new HashSet<>();
            rows.stream().map(FormValues.Row::name).filter(n -> n != null).forEach(taken::add);
            List<NodeData> rowNodes = new ArrayList<>();
            int next = 1;
            for (FormValues.Row row : rows) {
                String name = row.name();
                if (name == null) {
                    while (taken.contains(rowName(next))) {
                        next++;
                    }
                    name = rowName(next);
                    taken.add(name);
                }
                rowNodes.add(NodeData.of(name, cells(field, row)));
            }
            areas.add(new NodeData(field.name(), Map.of(ContentProperties.TYPE, NodeKind.AREA), rowNodes));
        }
        return areas;
    }

    private static String rowName(int n) {
        return String.format("row-%02d", n);
    }

    private static Map<String, Object> cells(FieldDefinition composite, FormValues.Row row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (FieldDefinition column : composite.fields()) {
            put(cells, column, row.cell(column.name()));
        }
        return cells;
    }

    private static void put(Map<String, Object> target, FieldDefinition field, List<String> texts) {
        List<Object> typed = new ArrayList<>();
        for (String text : texts) {
            Object value = typed(field.type(), text);
            if (value != null) {
                typed.add(value);
            }
        }
        if (typed.isEmpty()) {
            return;
        }
        target.put(field.name(), field.multiple() || typed.size() > 1 ? List.copyOf(typed) : typed.get(0));
    }

    private static Object typed(String type, String text) {
        return switch (type) {
            case FieldTypes.NUMBER -> number(text);
            case FieldTypes.BOOLEAN -> "true".equals(text) ? Boolean.TRUE : null;
            case FieldTypes.RICH_TEXT -> {
                String clean = HtmlSanitizer.sanitize(text).strip();
                yield clean.isEmpty() ? null : clean;
            }
            default -> text;
        };
    }

    private static Object number(String text) {
        String normalised = text.replace(',', '.').replace(" ", "");
        if (normalised.matches("-?\\d{1,18}")) {
            return Long.parseLong(normalised);
        }
        if (normalised.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(normalised);
        }
        return text;
    }
}
