package org.qualityportal.templating.models;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.search.FacetValue;
import org.qualityportal.search.SearchFacet;
import org.qualityportal.search.SearchQuery;
import org.qualityportal.search.SearchService;

/**
 * An archive answered by the search index: the years and their counts are the year facet of everything
 * below the root, a page is a date-ordered browse of it; only that page's items are read from the live
 * tree, however large the archive grows.
 */
final class IndexedArchive implements ArchiveSource {
    private final SearchService search;
    private final ContentView live;
    private final SearchQuery below;

    IndexedArchive(SearchService search, ContentView live, String root) {
        this.search = search;
        this.live = live;
        this.below = SearchQuery.of("").withUnder(root == null || root.isBlank() ? "/" : root)
                .withOrder(SearchQuery.Order.DATE);
    }

    @Override
    public SortedMap<Integer, Integer> years() {
        TreeMap<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        for (FacetValue value : search.search(below.withPageSize(1)).facet(SearchFacet.YEAR)) {
            int year = Pager.number(value.value(), 0);
            if (year > 0) {
                counts.put(year, (int) value.count());
            }
        }
        return counts;
    }

    @Override
    public int count(int year) {
        return (int) search.search(of(year).withPageSize(1)).total();
    }

    @Override
    public List<Content> page(int year, int page, int size) {
        return search.search(of(year).withPage(page).withPageSize(size)).hits().stream()
                .map(hit -> live.get(hit.path())).flatMap(Optional::stream).toList();
    }

    private SearchQuery of(int year) {
        return year == 0 ? below : below.withFilter(SearchFacet.YEAR, String.valueOf(year));
    }
}
