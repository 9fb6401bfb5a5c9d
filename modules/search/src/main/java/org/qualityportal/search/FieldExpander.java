package org.qualityportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;

/**
 * Spreads a query analyzed for one placeholder field over the searched fields, each with its
 * weight: every term, synonym set or phrase becomes "the best of title, summary, body…".
 *
 * <p>Analyzing the reader's words once, as a whole, keeps multi-word synonyms working (the
 * graph of alternatives spans several words); expanding afterwards means a document needs
 * each word in <em>some</em> field, not all words in the same field.
 *
 * <p>A phrase counts by where it occurs, not how often: in each field it scores that field's weight
 * (title above summary and tags, above body, above attachments), and equal matches fall back to the
 * newest first. Scoring it by frequency (BM25) means finding every occurrence of the phrase in every
 * field of every match, where matching needs only the first occurrence in one field; for a phrase of
 * common words (tens of thousands of matches) that made the search about twice as slow.
 */
final class FieldExpander {
    /** Field name the query is analyzed for before expansion. */
    static final String PROBE = "_probe";
    /** Weights: a word in the title says more than one in the body or an attachment. */
    static final Map<String, Float> WEIGHTS = Map.of(
            SearchFields.TITLE, 3f,
            SearchFields.TAGS, 1.5f,
            SearchFields.SUMMARY, 1.5f,
            SearchFields.BODY, 1f,
            SearchFields.ATTACHMENT, 0.7f);
    /** A little credit for matching in several fields besides the best one. */
    private static final float TIE_BREAKER = 0.1f;

    private FieldExpander() {
    }

    static Query expand(Query query) {
        return QueryTrees.mapLeaves(query, FieldExpander::overFields);
    }

    /** One term, synonym set or phrase as the best of its forms in each searched field. */
    private static Query overFields(Query query) {
        List<Query> perField = new ArrayList<>();
        for (String field : SearchFields.SEARCHED) {
            Query one = forField(query, field);
            if (one == null) {
                return query; // a kind of query the analyzer does not make: leave it alone
            }
            perField.add(new BoostQuery(one, WEIGHTS.get(field)));
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query forField(Query query, String field) {
        if (query instanceof org.apache.lucene.search.TermQuery term) {
            return new org.apache.lucene.search.TermQuery(new Term(field, term.getTerm().bytes()));
        }
        if (query instanceof SynonymQuery synonyms) {
            SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
            synonyms.getTerms().forEach(t -> builder.addTerm(new Term(field, t.bytes())));
            return builder.build();
        }
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
            Term[] terms = phrase.getTerms();
            for (int i = 0; i < terms.length; i++) {
                builder.add(new Term(field, terms[i].bytes()), phrase.getPositions()[i]);
            }
            return new ConstantScoreQuery(builder.build());
        }
        if (query instanceof MultiPhraseQuery phrase) {
            MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
            Term[][] terms = phrase.getTermArrays();
            for (int i = 0; i < terms.length; i++) {
                Term[] moved = new Term[terms[i].length];
                for (int j = 0; j < moved.length; j++) {
                    moved[j] = new Term(field, terms[i][j].bytes());
                }
                builder.add(moved, phrase.getPositions()[i]);
            }
            return new ConstantScoreQuery(builder.build());
        }
        return null;
    }
}
