package org.qualityportal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with everything the search page and the JSON API show.
 *
 * @param query the words searched, as cleaned (shortened, control characters removed)
 * @param total number of matching documents
 * @param page page number, from 1
 * @param pageSize hits per page
 * @param hits this page's hits
 * @param facets counts per facet value, for every facet (lists may be empty)
 * @param suggestion a corrected query ("оценка" for "оцнка"), or {@code null}
 * @param suggestionApplied whether {@code hits} are those of the suggestion, because the
 *     query as typed found nothing
 * @param message a note for the reader in Russian (nothing to search for, input shortened,
 *     nothing found), or {@code null}
 */
public record SearchResult(String query, long total, int page, int pageSize, List<SearchHit> hits,
        Map<SearchFacet, List<FacetValue>> facets, String suggestion, boolean suggestionApplied,
        String message) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Number of pages (at least 1), bounded by {@link SearchQuery#MAX_DEPTH}. */
    public int pageCount() {
        long reachable = Math.min(total, SearchQuery.MAX_DEPTH);
        return (int) Math.max(1, (reachable + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    /** The values of one facet, most frequent first (years newest first). */
    public List<FacetValue> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
