package org.qualityportal.templating.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks an item's values against its content type: required fields present, one value where the
 * field is not {@code multiple}, numbers, ISO dates, select values among the options, links and
 * assets as repository paths, and every composite row likewise. Messages are in Russian, for the
 * editor's form and the import report alike.
 */
public final class ContentValidator {

    /** A problem with one field; {@code field} is {@code events[3].deadline} for a composite row's cell. */
    public record Problem(String field, String message) {
    }

    private ContentValidator() {
    }

    /**
     * @param properties the item's own values
     * @param rows       the rows of a composite field by field name (the child nodes' values)
     */
    public static List<Problem> validate(ContentTypeDefinition type, Map<String, Object> properties,
                                         Function<String, List<Map<String, Object>>> rows) {
        List<Problem> problems = new ArrayList<>();
        for (FieldDefinition field : type.fields()) {
            if ("composite".equals(field.type())) {
                List<Map<String, Object>> fieldRows = rows.apply(field.name());
                if (field.required() && fieldRows.isEmpty()) {
                    problems.add(new Problem(field.name(), "Добавьте хотя бы одну строку в поле «" + field.label() + "»."));
                }
                for (int i = 0; i < fieldRows.size(); i++) {
                    for (FieldDefinition column : field.fields()) {
                        check(column, fieldRows.get(i).get(column.name()), field.name() + "[" + (i + 1) + "]." + column.name(),
                                problems);
                    }
                }
            } else {
                check(field, properties.get(field.name()), field.name(), problems);
            }
        }
        return problems;
    }

    private static void check(FieldDefinition field, Object value, String name, List<Problem> problems) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        if (values.stream().allMatch(v -> v == null || v.toString().isBlank())) {
            if (field.required()) {
                problems.add(new Problem(name, "Заполните поле «" + field.label() + "»."));
            }
            return;
        }
        if (values.size() > 1 && !field.multiple()) {
            problems.add(new Problem(name, "В поле «" + field.label() + "» допускается только одно значение."));
        }
        for (Object v : values) {
            String problem = problem(field, v);
            if (problem != null) {
                problems.add(new Problem(name, problem));
            }
        }
    }

    private static String problem(FieldDefinition field, Object value) {
        String text = String.valueOf(value);
        return switch (field.type()) {
            case "number" -> value instanceof Number || text.matches("-?\\d+(\\.\\d+)?") ? null
                    : "В поле «" + field.label() + "» нужно число, а не «" + shorten(text) + "».";
            case "boolean" -> value instanceof Boolean ? null : "Поле «" + field.label() + "» — да или нет.";
            case "date" -> isDate(text) ? null
                    : "В поле «" + field.label() + "» нужна дата в виде ГГГГ-ММ-ДД, а не «" + shorten(text) + "».";
            case "select" -> field.options().contains(text) ? null
                    : "Значения «" + shorten(text) + "» нет среди вариантов поля «" + field.label() + "».";
            case "link", "asset" -> text.startsWith("/") ? null
                    : "Поле «" + field.label() + "» ссылается на материал портала по его пути, например /documents/…";
            default -> null;
        };
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
