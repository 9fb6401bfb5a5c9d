package org.qualityportal.templating.definition;

import java.util.List;
import java.util.Map;

/**
 * One field of a content type.
 *
 * @param type     text, richText, date, number, boolean, select, link, asset, composite
 * @param options  allowed values for {@code select}
 * @param fields   sub-fields of a {@code composite} row
 * @param extra    further settings (labels, search role, ...)
 */
public record FieldDefinition(String name, String type, String label, boolean required, boolean multiple,
                              boolean i18n, List<String> options, List<FieldDefinition> fields,
                              Map<String, Object> extra) {

    public FieldDefinition {
        options = List.copyOf(options);
        fields = List.copyOf(fields);
        extra = Map.copyOf(extra);
    }
}
