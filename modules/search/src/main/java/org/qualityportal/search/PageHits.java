package org.qualityportal.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;

/**
 * The hits of one result page as the list shows them: each hit's stored fields read once (a hit's
 * stored fields are decompressed together, its attachments' text with its title), its snippet made
 * from them.
 */
final class PageHits {
    /** Stored fields read for each hit: what the result list shows and what its snippet needs. */
    private static final Set<String> STORED = stored();

    private PageHits() {
    }

    /** The hits for these documents, in the same order. */
    static List<SearchHit> of(PortalSearcher searcher, Query text, boolean words, int[] docs) throws IOException {
        StoredFields fields = searcher.storedFields();
        Document[] stored = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            stored[i] = fields.document(docs[i], STORED);
        }
        Snippets.Result[] snippets = Snippets.make(searcher, text, words, docs, stored);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored[i];
            Number day = doc.getField(SearchFields.DATE) == null ? null
                    : doc.getField(SearchFields.DATE).numericValue();
            hits.add(new SearchHit(doc.get(SearchFields.PATH), doc.get(SearchFields.URL), doc.get(SearchFields.TITLE),
                    doc.get(SearchFields.TYPE), doc.get(SearchFields.TYPE_LABEL),
                    day == null ? null : LocalDate.ofEpochDay(day.longValue()),
                    snippets[i].html(), snippets[i].attachment()));
        }
        return hits;
    }

    private static Set<String> stored() {
        Set<String> fields = new HashSet<>(Set.of(SearchFields.PATH, SearchFields.URL, SearchFields.TITLE,
                SearchFields.TYPE, SearchFields.TYPE_LABEL, SearchFields.DATE));
        fields.addAll(Snippets.STORED);
        return Set.copyOf(fields);
    }
}
