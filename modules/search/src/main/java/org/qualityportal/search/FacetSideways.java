package org.qualityportal.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.util.ThreadInterruptedException;

/**
 * Lucene's drill-sideways, counting the facets of the matches segment by segment on the search's
 * threads. Lucene counts them afterwards on the calling thread alone; for tens of thousands of
 * matches that was a fifth of a search.
 */
final class FacetSideways extends DrillSideways {
    private final ExecutorService pool;

    FacetSideways(PortalSearcher searcher) {
        super(searcher, DocumentMapper.FACETS, searcher.facetState());
        this.pool = PortalSearcher.pool();
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
            String[] drillSidewaysDims) throws IOException {
        Facets down = drillDowns == null ? null : count(drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
            return down;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            sideways.put(drillSidewaysDims[i], count(drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
    }

    private Facets count(FacetsCollector hits) throws IOException {
        if (pool == null) {
            return new SortedSetDocValuesFacetCounts(state, hits);
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, hits, pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ThreadInterruptedException(e);
        }
    }
}
