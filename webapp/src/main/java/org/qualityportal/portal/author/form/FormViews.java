package org.qualityportal.portal.author.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.qualityportal.templating.definition.ContentValidator.Problem;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * Builds the inputs of a form from field definitions (a content type's or a dialog's), the values to
 * show and the validator's problems. Which control a field gets follows from its type and
 * multiplicity; select options take their labels from the message bundle
 * ({@code <owner>.<field>.<option>}), links and assets their choices from {@link LinkChoices}.
 */
public final class FormViews {
    private final Map<String, String> messages;
    private final String messagePrefix;
    private final Function<FieldDefinition, List<LinkChoices.Target>> targets;

    /**
     * @param messagePrefix e.g. {@code document} for a content type's option labels
     * @param targets       the choices of a link or asset field
     */
    public FormViews(Map<String, String> messages, String messagePrefix,
                     Function<FieldDefinition, List<LinkChoices.Target>> targets) {
        this.messages = messages;
        this.messagePrefix = messagePrefix;
        this.targets = targets;
    }

    public Form form(List<FieldDefinition> definitions, FormValues values, List<Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        List<FieldView> fields = new ArrayList<>();
        for (FieldDefinition field : definitions) {
            if (FieldTypes.COMPOSITE.equals(field.type())) {
                fields.add(rows(field, values.rows(field.name()), errors));
            } else if (!FieldTypes.BINARY.equals(field.type())) {
                fields.add(field(field, FormBinder.param(field.name()), "f-" + field.name(), values.values(field.name()),
                        errors.get(field.name()), messagePrefix + "." + field.name()));
            }
        }
        List<Form.ErrorLink> summary = new ArrayList<>();
        errors.forEach((field, message) -> summary.add(new Form.ErrorLink(errorId(field), message)));
        return new Form(fields, summary);
    }

    /** {@code events[3].deadline} (the validator counts rows from 1) is the input {@code r-events-2-deadline}. */
    static String errorId(String problemField) {
        int open = problemField.indexOf('[');
        if (open < 0) {
            return "f-" + problemField;
        }
        int close = problemField.indexOf(']', open);
        int row = Integer.parseInt(problemField.substring(open + 1, close)) - 1;
        return "r-" + problemField.substring(0, open) + "-" + row + "-" + problemField.substring(close + 2);
    }

    private FieldView field(FieldDefinition field, String param, String id, List<String> values, String error,
                            String optionPrefix) {
        String first = values.isEmpty() ? "" : values.get(0);
        String control = control(field, values);
        List<FieldView.Choice> choices = switch (control) {
            case "select", "choices" -> choices(field, values, optionPrefix);
            default -> List.of();
        };
        String hint = "lines".equals(control) ? "По одному значению на строке." : null;
        return new FieldView(field.name(), param, id, control, field.label(), field.required(), hint,
                "checkbox".equals(control) ? String.valueOf("true".equals(first)) : first,
                String.join("\n", values), choices, List.of(), List.of(), error);
    }

    private static String control(FieldDefinition field, List<String> values) {
        return switch (field.type()) {
            case FieldTypes.RICH_TEXT -> "richtext";
            case FieldTypes.BOOLEAN -> "checkbox";
            case FieldTypes.SELECT -> "select";
            case FieldTypes.LINK, FieldTypes.ASSET -> field.multiple() ? "choices" : "select";
            default -> field.multiple() ? "lines" : switch (field.type()) {
                // a date typed another way is shown back as typed, in a text input, beside its error
                case FieldTypes.DATE -> isIsoDate(values) ? "date" : "input";
                case FieldTypes.NUMBER -> "number";
                default -> "input";
            };
        };
    }

    private static boolean isIsoDate(List<String> values) {
        return values.isEmpty() || values.get(0).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private List<FieldView.Choice> choices(FieldDefinition field, List<String> values, String optionPrefix) {
        Set<String> selected = new LinkedHashSet<>(values);
        List<FieldView.Choice> choices = new ArrayList<>();
        if (FieldTypes.SELECT.equals(field.type())) {
            for (String option : field.options()) {
                choices.add(new FieldView.Choice(option, messages.getOrDefault(optionPrefix + "." + option, option),
                        selected.remove(option)));
            }
        } else {
            for (LinkChoices.Target target : targets.apply(field)) {
                choices.add(new FieldView.Choice(target.path(), target.label(), selected.remove(target.path())));
            }
        }
        // a stored value that is no longer among the choices stays visible and selected, never silently dropped
        selected.forEach(v -> choices.add(new FieldView.Choice(v, v, true)));
        return choices;
    }

    private FieldView rows(FieldDefinition composite, List<FormValues.Row> rows, Map<String, String> errors) {
        List<FieldView.RowView> rowViews = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FormValues.Row row = rows.get(i);
            List<FieldView> cells = new ArrayList<>();
            for (FieldDefinition column : composite.fields()) {
                String problemKey = composite.name() + "[" + (i + 1) + "]." + column.name();
                // the table's own hint explains list cells; a cell has no hint of its own to point to
                cells.add(field(column, FormBinder.cellParam(composite.name(), i, column.name()),
                        "r-" + composite.name() + "-" + i + "-" + column.name(), row.cell(column.name()),
                        errors.get(problemKey), messagePrefix + "." + composite.name() + "." + column.name())
                        .withoutHint());
            }
            rowViews.add(new FieldView.RowView(i, row.name() == null ? "" : row.name(),
                    FormBinder.cellParam(composite.name(), i, FormBinder.ROW_NAME), FormBinder.cellParam(composite.name(), i, FormBinder.ROW_REMOVE),
                    cells));
        }
        List<String> columns = composite.fields().stream().map(FieldDefinition::label).toList();
        return new FieldView(composite.name(), "r." + composite.name() + ".count", "f-" + composite.name(), "rows",
                composite.label(), composite.required(), null, String.valueOf(rows.size()), "", List.of(), columns,
                rowViews, errors.get(composite.name()));
    }
}
