package org.qualityportal.discussions.discussion;

/**
 * A part of the document open for comment. The anchor is fixed when the discussion opens; the text
 * kept with it lets the anchor find its paragraph again after small edits of the document.
 *
 * @param anchor stable id, e.g. {@code s-3f9a1c}
 * @param title  a short label (the heading, or the paragraph's first words)
 * @param text   the section's plain text at opening
 */
public record Section(String anchor, String title, String text) {
}
