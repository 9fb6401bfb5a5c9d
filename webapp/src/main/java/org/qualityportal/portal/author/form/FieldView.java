package org.qualityportal.portal.author.form;

import java.util.List;

/**
 * One input of a generated form, ready to print.
 *
 * @param param    the request parameter name
 * @param id       the element id (labels and the error summary point here)
 * @param control  how to print it: input, date, number, textarea, lines, richtext, checkbox, select,
 *                 choices (a checkbox list), rows (a composite table) or readonly
 * @param value    the single value as text
 * @param lines    the values of a {@code lines} control, one per line
 * @param choices  options of a select or a checkbox list
 * @param columns  for {@code rows}: the column headers
 * @param rows     for {@code rows}: the rows, each a list of cells
 * @param error    the validation message for this input, or null
 */
public record FieldView(String name, String param, String id, String control, String label, boolean required,
                        String hint, String value, String lines, List<Choice> choices, List<String> columns,
                        List<RowView> rows, String error) {

    public FieldView withoutHint() {
        return new FieldView(name, param, id, control, label, required, null, value, lines, choices, columns, rows, error);
    }

    /** An option: {@code value} is stored, {@code label} shown. */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * A composite row: its node name is posted back so rows keep their identity.
     *
     * @param index position in the form, from 0
     */
    public record RowView(int index, String name, String nameParam, String removeParam, List<FieldView> cells) {
    }
}
