package org.qualityportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;

/**
 * The baseline: the same index searched the plainest way Lucene offers, as its demo does. A
 * {@link DirectoryReader} on the directory, the words analyzed with the index's own analyzer, each
 * term required in any of the searched fields ({@link TermQuery}s, a {@link PhraseQuery} per field
 * for a phrase, a {@link FuzzyQuery} for a misspelt word, allowing as many edits as the service's
 * speller does), a filter as a non-scoring clause, and {@code searcher.search(query, 10)} with the
 * stored titles of the top ten, on the calling thread alone (the service's searcher spreads the
 * segments over the processors). No synonyms, no exact total beyond Lucene's default 1,000, no
 * facets, no snippets, no second search for a correction: the difference is the service's work.
 */
final class RawLucene implements Closeable {
    /** What a search found: the total (a lower bound when not exact) and the titles of the top ten. */
    record Result(long total, boolean exact, List<String> titles) {
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    RawLucene(Directory directory) throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    Result search(BenchQuery benchQuery) throws IOException {
        TopDocs top = searcher.search(query(benchQuery), 10);
        StoredFields stored = searcher.storedFields();
        List<String> titles = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            titles.add(stored.document(hit.doc, Set.of(SearchFields.TITLE)).get(SearchFields.TITLE));
        }
        return new Result(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, titles);
    }

    /** Segments of the index. */
    int segments() {
        return reader.leaves().size();
    }

    static Query query(BenchQuery benchQuery) {
        List<String> terms = Analysis.tokens(Analysis.TEXT, benchQuery.text().replace("\"", " "));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (benchQuery.kind() == BenchQuery.Kind.PHRASE) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : SearchFields.SEARCHED) {
                anyField.add(new PhraseQuery(field, terms.toArray(String[]::new)), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        } else {
            for (String term : terms) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                for (String field : SearchFields.SEARCHED) {
                    Term t = new Term(field, term);
                    anyField.add(benchQuery.kind() == BenchQuery.Kind.TYPO
                            ? new FuzzyQuery(t, term.length() >= 8 ? 2 : 1) : new TermQuery(t), Occur.SHOULD);
                }
                all.add(anyField.build(), Occur.MUST);
            }
        }
        if (benchQuery.facet() == SearchFacet.YEAR) {
            int year = Integer.parseInt(benchQuery.value());
            all.add(LongPoint.newRangeQuery(SearchFields.DATE, LocalDate.of(year, 1, 1).toEpochDay(),
                    LocalDate.of(year, 12, 31).toEpochDay()), Occur.FILTER);
        } else if (benchQuery.facet() == SearchFacet.TYPE) {
            all.add(new TermQuery(new Term(SearchFields.TYPE, benchQuery.value())), Occur.FILTER);
        }
        return all.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
