package org.qualityportal.portal.author.form;

/** The field types of content types and dialogs that the form generator knows. */
final class FieldTypes {
    static final String TEXT = "text";
    static final String RICH_TEXT = "richText";
    static final String DATE = "date";
    static final String NUMBER = "number";
    static final String BOOLEAN = "boolean";
    static final String SELECT = "select";
    static final String LINK = "link";
    static final String ASSET = "asset";
    static final String COMPOSITE = "composite";
    /** A file: edited in the assets app, not in a form. */
    static final String BINARY = "binary";

    private FieldTypes() {
    }

    /** Fields whose several values are typed one per line into a text area. */
    static boolean isLineList(String type) {
        return TEXT.equals(type) || NUMBER.equals(type) || DATE.equals(type);
    }
}
