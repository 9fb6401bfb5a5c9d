package org.qualityportal.search;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
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

    private final SortedSetDocValuesReaderState facetState;

    private PortalSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = facetState(reader);
    }

    /** Facet ordinals of this reader, or {@code null} when no document has any facet yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
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
