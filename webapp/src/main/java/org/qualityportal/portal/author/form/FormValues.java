package org.qualityportal.portal.author.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.templating.definition.FieldDefinition;

/**
 * What the inputs of a generated form hold, as text: a list of values per field (one for a single
 * field) and, for composite fields, rows of cells. It is filled either from the stored item or from
 * a posted form, so a form with errors is shown again exactly as it was typed.
 */
public final class FormValues {
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();

    /** One composite row: its node name (kept across saves; null for a new row) and its cells. */
    public record Row(String name, Map<String, List<String>> cells) {
        public List<String> cell(String column) {
            return cells.getOrDefault(column, List.of());
        }
    }

    /** The form's text for stored values: properties of the item and the rows of its composite fields. */
    public static FormValues fromStored(List<FieldDefinition> definitions, Map<String, Object> properties,
                                        Map<String, List<Row>> storedRows) {
        FormValues values = new FormValues();
        for (FieldDefinition field : definitions) {
            if (FieldTypes.COMPOSITE.equals(field.type())) {
                values.rows.put(field.name(), new ArrayList<>(storedRows.getOrDefault(field.name(), List.of())));
            } else {
                values.fields.put(field.name(), texts(properties.get(field.name())));
            }
        }
        return values;
    }

    /** Stored values as text: numbers without a needless ".0", lists element by element. */
    public static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FormValues::text).toList();
        }
        return List.of(text(value));
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    public void put(String field, List<String> values) {
        fields.put(field, List.copyOf(values));
    }

    public void putRows(String field, List<Row> fieldRows) {
        rows.put(field, new ArrayList<>(fieldRows));
    }

    public List<String> values(String field) {
        return fields.getOrDefault(field, List.of());
    }

    public String first(String field) {
        List<String> v = values(field);
        return v.isEmpty() ? "" : v.get(0);
    }

    public List<Row> rows(String field) {
        return rows.getOrDefault(field, List.of());
    }
}
