package org.qualityportal.search;

/**
 * A title offered while the reader types.
 *
 * @param title the document's title
 * @param url where it is
 */
public record TitleSuggestion(String title, String url) {
}
