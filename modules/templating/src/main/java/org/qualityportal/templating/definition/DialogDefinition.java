package org.qualityportal.templating.definition;

import java.util.List;

/**
 * A dialog from {@code <module>/dialogs/<kind>/<name>.yaml}: the fields an editor fills in for a page
 * or a component. Fields are declared exactly as a content type's are, so one form generator serves both.
 *
 * @param id {@code module:components/name} or {@code module:pages/name}
 */
public record DialogDefinition(String id, String label, List<FieldDefinition> fields) {

    public DialogDefinition {
        fields = List.copyOf(fields);
    }

    /** The dialog as a content type without tree or template, for validation. */
    public ContentTypeDefinition asContentType() {
        return new ContentTypeDefinition(id, id, label, null, null, fields);
    }
}
