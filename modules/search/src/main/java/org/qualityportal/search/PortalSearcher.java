package org.qualityportal.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher carrying the facet state of its reader. Building that state maps every facet
 * value to an ordinal, so it is done once per reader (on refresh) rather than per query.
 */
final class PortalSearcher extends IndexSearcher {
    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new PortalSearcher(reader);
        }
    };

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    /**
     * Searches the slices of an index (groups of segments) on every processor at once, so one large
     * query (tens of thousands of hits, all counted for totals and facets) is answered sooner; also
     * counts facets in the background. Shared by all searchers, daemon threads; {@code null} on a
     * single processor.
     */
    private static final ExecutorService SLICES = slices(PROCESSORS);

    private final SortedSetDocValuesReaderState facetState;
    /** Labels of content types, looked up once per reader: every results page shows them. */
    private final Map<String, String> typeLabels = new ConcurrentHashMap<>();

    private PortalSearcher(IndexReader reader) throws IOException {
        super(reader, SLICES);
        this.facetState = facetState(reader);
    }

    /** How many slices a search is split into: one per processor. */
    static int parallelism() {
        return Math.max(1, PROCESSORS);
    }

    /** The threads searching slices, free for other per-segment work of a search; {@code null} on one processor. */
    static ExecutorService pool() {
        return SLICES;
    }

    /** Facet ordinals of this reader, or {@code null} when no document has any facet yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** The label stored with the documents of a content type; the type's name if none has one. */
    String typeLabel(String type) throws IOException {
        String known = typeLabels.get(type);
        if (known != null) {
            return known;
        }
        TopDocs one = search(new TermQuery(new Term(SearchFields.TYPE, type)), 1);
        String label = one.scoreDocs.length == 0 ? null
                : storedFields().document(one.scoreDocs[0].doc, Set.of(SearchFields.TYPE_LABEL))
                        .get(SearchFields.TYPE_LABEL);
        String shown = label == null || label.isBlank() ? type : label;
        typeLabels.put(type, shown);
        return shown;
    }

    /**
     * One slice per processor, segments spread so that each slice holds about as many documents:
     * the largest segment first, each into the slice with the fewest so far. Lucene's default groups
     * up to five segments by size, which puts the two or three large segments of a merged index into
     * one slice; that slice then takes most of the time while the other processor waits.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return PROCESSORS < 2 ? super.slices(leaves) : balanced(leaves, PROCESSORS);
    }

    /** At most {@code wanted} slices (none when there are no segments) of about as many documents each. */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int wanted) {
        return EvenGroups.deal(leaves, leaf -> leaf.reader().maxDoc(), wanted).stream()
                .map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    private static ExecutorService slices(int processors) {
        if (processors < 2) {
            return null;
        }
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(processors, task -> {
            Thread thread = new Thread(task, "search-slice-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader.numDocs() == 0) {
            return null;
        }
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.FACETS);
        } catch (IllegalArgumentException noFacetField) {
            return null;
        }
    }
}
