package org.qualityportal.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asks: words, filters, order and page. Any values are accepted and put into
 * range (page from 1, page size 1–{@value #MAX_PAGE_SIZE}), so request parameters can be
 * passed straight in.
 *
 * @param text the words as typed (may be blank: then every document matching the filters)
 * @param filters selected facet values; several values of one facet mean "any of them",
 *     several facets mean "all of them"
 * @param order relevance or date, newest first
 * @param page page number, from 1
 * @param pageSize hits per page
 * @param under    only documents below this path (an archive of one section), or empty for all
 */
public record SearchQuery(String text, Map<SearchFacet, Set<String>> filters, Order order, int page, int pageSize,
                          String under) {
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;
    /** Deepest hit reachable by paging; deeper pages show the last one. */
    public static final int MAX_DEPTH = 10_000;

    /** Result order. */
    public enum Order {
        /** Best matches first (newer first among equals). */
        RELEVANCE,
        /** Newest first by the document's date; undated last. */
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text;
        EnumMap<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                if (facet != null && values != null) {
                    values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(kept::add);
                }
                if (!kept.isEmpty()) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        order = order == null ? Order.RELEVANCE : order;
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        page = Math.max(1, Math.min(page, MAX_DEPTH / pageSize));
        under = under == null || under.isBlank() || under.equals("/") ? "" : under.strip().replaceAll("/+$", "");
    }

    /** The first page of results for these words, by relevance, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Order.RELEVANCE, 1, DEFAULT_PAGE_SIZE, "");
    }

    /** This query with more values selected for a facet. */
    public SearchQuery withFilter(SearchFacet facet, String... values) {
        return withFilter(facet, List.of(values));
    }

    /** This query with more values selected for a facet. */
    public SearchQuery withFilter(SearchFacet facet, Collection<String> values) {
        EnumMap<SearchFacet, Set<String>> more = new EnumMap<>(SearchFacet.class);
        more.putAll(filters);
        Set<String> merged = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        merged.addAll(values);
        more.put(facet, merged);
        return new SearchQuery(text, more, order, page, pageSize, under);
    }

    public SearchQuery withOrder(Order value) {
        return new SearchQuery(text, filters, value, page, pageSize, under);
    }

    public SearchQuery withPage(int value) {
        return new SearchQuery(text, filters, order, value, pageSize, under);
    }

    public SearchQuery withPageSize(int value) {
        return new SearchQuery(text, filters, order, page, value, under);
    }

    /** This query limited to the documents below a path, e.g. {@code /news}. */
    public SearchQuery withUnder(String path) {
        return new SearchQuery(text, filters, order, page, pageSize, path);
    }

    /** Values selected for a facet (empty if none). */
    public Set<String> selected(SearchFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
