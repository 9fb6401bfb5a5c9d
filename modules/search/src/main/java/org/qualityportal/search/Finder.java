package org.qualityportal.search;

import java.io.IOException;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs a text query with the reader's filters, collecting the top hits and the facet counts in
 * one pass. Filters are drill-down clauses; counts come from drill-sideways, so each facet is
 * counted as if its own filter were not set (choosing "2021" still shows how many "2020" has).
 * Total hits are always exact.
 */
final class Finder {
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, newestFirst());
    private static final Sort BY_DATE = new Sort(newestFirst(), SortField.FIELD_SCORE);

    /** Top hits (as many as the page needs) and the facet counts, {@code null} when the index has no facets. */
    record Found(TopFieldDocs top, Facets facets) {
        long total() {
            return top.totalHits.value;
        }
    }

    private Finder() {
    }

    static Found find(PortalSearcher searcher, Query text, SearchQuery query) throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(DocumentMapper.FACETS, below(text, query.under()));
        query.filters().forEach((facet, values) -> values.forEach(v -> drillDown.add(facet.dimension(), v)));
        Sort sort = query.order() == SearchQuery.Order.DATE ? BY_DATE : BY_RELEVANCE;
        TopFieldCollectorManager hits = new TopFieldCollectorManager(
                sort, query.page() * query.pageSize(), null, Integer.MAX_VALUE);
        if (searcher.facetState() == null) {
            return new Found(searcher.search(drillDown, hits), null);
        }
        DrillSideways sideways = new FacetSideways(searcher);
        DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(drillDown, hits);
        return new Found(result.collectorResult, result.facets);
    }

    /** The text query limited to the documents below a path (their paths begin with it and a slash). */
    private static Query below(Query text, String under) {
        if (under.isEmpty()) {
            return text;
        }
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(new PrefixQuery(new Term(SearchFields.PATH, under + "/")), BooleanClause.Occur.FILTER).build();
    }

    /** Newest first; documents without a date last. */
    private static SortField newestFirst() {
        SortField date = new SortField(SearchFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
