package org.qualityportal.search;

/**
 * A formatted passage of one field.
 *
 * @param html escaped text with {@code <mark>} around matches
 * @param matched whether the passage holds a match (otherwise it is the field's opening)
 * @param value which value of a multi-valued field it comes from (attachment index), from 0
 */
record Snippet(String html, boolean matched, int value) {
}
