package org.qualityportal.templating.models;

import java.util.Map;

import org.qualityportal.search.SearchFacet;
import org.qualityportal.search.SearchQuery;

/**
 * A search as the page and the API take it from request parameters: {@code q}, {@code order}
 * ({@code date} or relevance), {@code page}, and one value per facet by its dimension name
 * ({@code type}, {@code mechanism}, {@code year}, {@code municipality}, {@code organisation}). Anything
 * malformed falls back to the default rather than an error.
 */
public final class SearchRequest {
    public static final int PAGE_SIZE = 10;

    private SearchRequest() {
    }

    public static SearchQuery of(Map<String, String> params) {
        SearchQuery query = SearchQuery.of(params.getOrDefault("q", ""))
                .withOrder("date".equals(params.get("order")) ? SearchQuery.Order.DATE : SearchQuery.Order.RELEVANCE)
                .withPage(page(params.get("page")))
                .withPageSize(PAGE_SIZE);
        for (SearchFacet facet : SearchFacet.values()) {
            String value = params.get(facet.dimension());
            if (value != null && !value.isBlank()) {
                query = query.withFilter(facet, value.strip());
            }
        }
        return query;
    }

    private static int page(String text) {
        try {
            return text == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
