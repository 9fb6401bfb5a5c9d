package org.qualityportal.search;

import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Phrases without their inner common words, keeping the gap: «выступления и материалы» finds the two
 * words with one word between them. Common words («и», «по», «в») occur many times in nearly every
 * text, and checking their positions made such a phrase as slow as the slowest searches; the words
 * around the gap are rarer and say what the reader means. The first and last words stay, so
 * «по итогам» still needs «по». Lucene's stop-word filter leaves the same gaps.
 */
final class PhraseGaps {
    /** The common words as the index holds them (stemmed). */
    private static final Set<String> COMMON = commonStems();

    private PhraseGaps() {
    }

    /** The query with every phrase in it (also those made from multi-word synonyms) gapped. */
    static Query apply(Query query) {
        return QueryTrees.mapLeaves(query, PhraseGaps::gapped);
    }

    private static Query gapped(Query query) {
        if (query instanceof PhraseQuery phrase) {
            return gapped(phrase);
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return gapped(phrase);
        }
        return query;
    }

    private static Query gapped(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        for (int i = 0; i < terms.length; i++) {
            if (!isInner(i, terms.length) || !COMMON.contains(terms[i].text())) {
                builder.add(terms[i], positions[i]);
            }
        }
        return builder.build();
    }

    private static Query gapped(MultiPhraseQuery phrase) {
        Term[][] terms = phrase.getTermArrays();
        int[] positions = phrase.getPositions();
        MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
        for (int i = 0; i < terms.length; i++) {
            boolean common = terms[i].length == 1 && COMMON.contains(terms[i][0].text());
            if (!isInner(i, terms.length) || !common) {
                builder.add(terms[i], positions[i]);
            }
        }
        return builder.build();
    }

    private static boolean isInner(int i, int length) {
        return i > 0 && i < length - 1;
    }

    private static Set<String> commonStems() {
        Set<String> stems = new HashSet<>();
        for (Object word : QueryFactory.COMMON) {
            stems.addAll(Analysis.tokens(Analysis.TEXT, new String((char[]) word)));
        }
        return Set.copyOf(stems);
    }
}
