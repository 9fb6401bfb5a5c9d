package org.qualityportal.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.ThreadInterruptedException;

/**
 * Lucene's drill-sideways, counting the facets of the matches on a search thread in the background:
 * the search returns as soon as its matches are collected, the caller reads and highlights the page's
 * hits meanwhile, and the counts are waited for when first asked. Lucene counts them on the calling
 * thread after the search, while the other processor waits; for tens of thousands of matches that
 * was a tenth of a search.
 */
final class FacetSideways extends DrillSideways {
    private final ExecutorService pool;

    FacetSideways(PortalSearcher searcher) {
        super(searcher, DocumentMapper.FACETS, searcher.facetState());
        this.pool = PortalSearcher.pool();
    }

    /**
     * Waits until these facets, if still being counted, are done, and drops their counts. Facets a search
     * does not show must be settled before its searcher is released: the counting reads the index.
     */
    static void settle(Facets facets) {
        if (facets instanceof Later later) {
            later.settle();
        }
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
            String[] drillSidewaysDims) throws IOException {
        if (drillDowns == null && (drillSideways == null || drillSideways.length == 0)) {
            return null;
        }
        if (pool == null) {
            return count(drillDowns, drillSideways, drillSidewaysDims);
        }
        return new Later(pool.submit(() -> count(drillDowns, drillSideways, drillSidewaysDims)));
    }

    /** The counts of the matches, and of each filtered facet's matches as if its own filter were not set. */
    private Facets count(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
            throws IOException {
        Facets down = drillDowns == null ? null : new SortedSetDocValuesFacetCounts(state, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
            return down;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            sideways.put(drillSidewaysDims[i], new SortedSetDocValuesFacetCounts(state, drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
    }

    /** Facets being counted on another thread; each question waits for the counts. */
    private static final class Later extends Facets {
        private final Future<Facets> counting;

        Later(Future<Facets> counting) {
            this.counting = counting;
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) throws IOException {
            return counted().getAllChildren(dim, path);
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
            return counted().getTopChildren(topN, dim, path);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) throws IOException {
            return counted().getSpecificValue(dim, path);
        }

        @Override
        public List<FacetResult> getAllDims(int topN) throws IOException {
            return counted().getAllDims(topN);
        }

        void settle() {
            try {
                counting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the counts are not wanted; whatever went wrong with them does not matter
            }
        }

        private Facets counted() throws IOException {
            try {
                return counting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ThreadInterruptedException(e);
            } catch (ExecutionException e) {
                throw IOUtils.rethrowAlways(e.getCause());
            }
        }
    }
}
