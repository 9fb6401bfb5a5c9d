package org.qualityportal.search;

/**
 * The dimensions results can be filtered and counted by. Each is a Lucene sorted-set facet
 * ({@code SortedSetDocValuesFacetField}): no taxonomy index to keep in step, and counts come
 * from doc values the index already holds.
 */
public enum SearchFacet {
    /** Content type name (document, news, practice, mechanism, page…). */
    TYPE("type", false),
    /** Mechanisms of quality management a document belongs to (labels). */
    MECHANISM("mechanism", true),
    /** Year of the document's date ("2021"). */
    YEAR("year", false),
    /** Municipalities the document concerns. */
    MUNICIPALITY("municipality", true),
    /** Organisations or authors. */
    ORGANISATION("organisation", true);

    private final String dimension;
    private final boolean multiValued;

    SearchFacet(String dimension, boolean multiValued) {
        this.dimension = dimension;
        this.multiValued = multiValued;
    }

    /** Facet dimension name in the index; also a natural URL parameter name. */
    public String dimension() {
        return dimension;
    }

    /** Whether one document can carry several values. */
    public boolean multiValued() {
        return multiValued;
    }

    /** The facet with this dimension name, or {@code null}. */
    public static SearchFacet byDimension(String dimension) {
        for (SearchFacet facet : values()) {
            if (facet.dimension.equals(dimension)) {
                return facet;
            }
        }
        return null;
    }
}
