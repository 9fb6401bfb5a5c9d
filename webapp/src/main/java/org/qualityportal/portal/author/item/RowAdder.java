package org.qualityportal.portal.author.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;

/** "Add a row" without JavaScript: the same form again with one empty row more in a composite field. */
final class RowAdder {
    private RowAdder() {
    }

    static FormValues withEmptyRow(ContentTypeDefinition type, FormValues values, String field) {
        type.field(field).filter(f -> "composite".equals(f.type())).ifPresent(composite -> {
            List<FormValues.Row> rows = new ArrayList<>(values.rows(composite.name()));
            rows.add(new FormValues.Row(null, Map.of()));
            values.putRows(composite.name(), rows);
        });
        return values;
    }
}
