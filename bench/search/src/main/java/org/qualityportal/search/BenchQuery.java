package org.qualityportal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One query of the benchmark's mix: the words as a reader types them, and at most one filter.
 *
 * @param kind the class it is measured in
 * @param text the words as typed (a phrase in quotes)
 * @param facet the filtered facet, or {@code null}
 * @param value the selected value of that facet
 */
record BenchQuery(Kind kind, String text, SearchFacet facet, String value) {

    /** Classes of the mix, each reported apart. */
    enum Kind {
        ONE_WORD("one-word"), TWO_WORDS("two-word"), PHRASE("phrase"), FACETED("faceted"), TYPO("typo");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static BenchQuery of(Kind kind, String text) {
        return new BenchQuery(kind, text, null, null);
    }

    /** The query as the search service takes it: the first page of ten, by relevance. */
    SearchQuery toSearchQuery() {
        SearchQuery query = SearchQuery.of(text);
        return facet == null ? query : query.withFilter(facet, value);
    }

    /** The query string of {@code /api/search} for the same search. */
    String toUrlQuery() {
        String q = "q=" + encode(text);
        return facet == null ? q : q + "&" + facet.dimension() + "=" + encode(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return facet == null ? text : text + " [" + facet.dimension() + "=" + value + "]";
    }
}
