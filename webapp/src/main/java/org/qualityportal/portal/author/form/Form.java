package org.qualityportal.portal.author.form;

import java.util.List;

/**
 * A generated form with its values and problems: the inputs in the definition's order, and the
 * problems again as a summary at the top, each linking to its input.
 */
public record Form(List<FieldView> fields, List<ErrorLink> errors) {

    public record ErrorLink(String id, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
