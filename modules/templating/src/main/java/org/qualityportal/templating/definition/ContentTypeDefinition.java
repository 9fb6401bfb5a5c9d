package org.qualityportal.templating.definition;

import java.util.List;
import java.util.Optional;

/**
 * A content type from {@code <module>/contentTypes/<name>.yaml}: one definition that drives storage,
 * validation, the editor form, the delivery API and search.
 *
 * @param tree     the repository tree its items live in, e.g. {@code documents}
 * @param template the page template that renders an item
 */
public record ContentTypeDefinition(String id, String name, String label, String tree, String template,
                                    List<FieldDefinition> fields) {

    public ContentTypeDefinition {
        fields = List.copyOf(fields);
    }

    public Optional<FieldDefinition> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
