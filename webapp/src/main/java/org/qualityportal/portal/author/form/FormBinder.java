package org.qualityportal.portal.author.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * Reads a posted generated form back into {@link FormValues}. Parameter names: {@code f.<field>} for
 * a field (repeated for checkbox lists; one text area with a value per line for lists of text),
 * {@code r.<field>.<row>.<column>} for a composite row's cell, with {@code r.<field>.<row>._name} (the
 * row's node) and {@code r.<field>.<row>._remove}; {@code r.<field>.count} says how many rows the form had.
 */
public final class FormBinder {
    /** The row's node name and its removal mark; underscored so they never clash with a column name. */
    public static final String ROW_NAME = "_name";
    public static final String ROW_REMOVE = "_remove";
    /** Rows beyond this are ignored: a form never legitimately has more. */
    private static final int MAX_ROWS = 500;

    private FormBinder() {
    }

    public static String param(String field) {
        return "f." + field;
    }

    public static String cellParam(String field, int row, String column) {
        return "r." + field + "." + row + "." + column;
    }

    public static FormValues bind(List<FieldDefinition> definitions, Map<String, String[]> params) {
        FormValues values = new FormValues();
        for (FieldDefinition field : definitions) {
            if (FieldTypes.COMPOSITE.equals(field.type())) {
                values.putRows(field.name(), rows(field, params));
            } else if (!FieldTypes.BINARY.equals(field.type())) {
                values.put(field.name(), values(field, params.get(param(field.name()))));
            }
        }
        return values;
    }

    private static List<String> values(FieldDefinition field, String[] posted) {
        if (posted == null) {
            return List.of();
        }
        if (field.multiple() && FieldTypes.isLineList(field.type())) {
            return lines(posted);
        }
        List<String> result = Arrays.stream(posted).map(FormBinder::clean).filter(v -> !v.isBlank()).toList();
        return field.multiple() || result.size() <= 1 ? result : result.subList(0, 1);
    }

    private static List<FormValues.Row> rows(FieldDefinition field, Map<String, String[]> params) {
        int count = Math.min(MAX_ROWS, intParam(params.get("r." + field.name() + ".count")));
        List<FormValues.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (params.containsKey(cellParam(field.name(), i, ROW_REMOVE))) {
                continue;
            }
            Map<String, List<String>> cells = new LinkedHashMap<>();
            for (FieldDefinition column : field.fields()) {
                String[] posted = params.get(cellParam(field.name(), i, column.name()));
                cells.put(column.name(), posted == null ? List.of()
                        : column.multiple() ? lines(posted) : List.of(clean(posted[0])).stream().filter(v -> !v.isBlank()).toList());
            }
            String[] name = params.get(cellParam(field.name(), i, ROW_NAME));
            boolean empty = cells.values().stream().allMatch(List::isEmpty);
            if (!empty || (name != null && !name[0].isBlank())) {
                rows.add(new FormValues.Row(name == null || !ContentPaths.isValidName(name[0]) ? null : name[0], cells));
            }
        }
        return rows;
    }

    private static List<String> lines(String[] posted) {
        return Arrays.stream(posted).flatMap(p -> p.lines()).map(FormBinder::clean).filter(v -> !v.isBlank()).toList();
    }

    /** Trims, and drops control characters other than line breaks and tabs (they have no place in content). */
    private static String clean(String value) {
        return value.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "").strip();
    }

    private static int intParam(String[] value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value[0].trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
