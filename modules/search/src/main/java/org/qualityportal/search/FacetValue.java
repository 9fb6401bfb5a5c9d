package org.qualityportal.search;

/**
 * One value of a facet with the number of hits having it.
 *
 * @param value the value as stored and as passed back in a filter
 * @param label what to show (the type's label for types, else the value itself)
 * @param count hits with this value, counting the other facets' filters but not this
 *     facet's own (so choosing a second value shows what it would add)
 * @param selected whether the query filters on this value
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
