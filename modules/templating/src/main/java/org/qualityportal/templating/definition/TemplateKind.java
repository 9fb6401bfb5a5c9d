package org.qualityportal.templating.definition;

/** What a template renders: a whole page, or one component inside an area. */
public enum TemplateKind {
    PAGE("pages"),
    COMPONENT("components");

    private final String folder;

    TemplateKind(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code templates/} (and {@code dialogs/}) holding this kind. */
    public String folder() {
        return folder;
    }
}
