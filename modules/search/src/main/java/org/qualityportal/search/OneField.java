package org.qualityportal.search;

import java.util.List;
import java.util.Objects;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a reader's query that can match in one field, for highlighting that field: every
 * word, phrase and prefix aimed at the field, any of them (a hit needs each word in some field, so
 * the field may hold only some), without weights or exclusions.
 *
 * <p>The highlighter finds matches by running the query on each hit. Given the whole query, it
 * runs every field's words for every field it highlights and then drops the other fields' matches;
 * given only the field's part, it does a fifth of that work.
 */
final class OneField {
    private OneField() {
    }

    /** The part of {@code query} for {@code field}; a query matching nothing if no part is. */
    static Query of(Query query, String field) {
        Query kept = keep(query, field);
        return kept == null ? new MatchNoDocsQuery() : kept;
    }

    private static Query keep(Query query, String field) {
        if (query instanceof BooleanQuery bool) {
            List<Query> kept = bool.clauses().stream().filter(clause -> !clause.isProhibited())
                    .map(clause -> keep(clause.getQuery(), field)).filter(Objects::nonNull).toList();
            return any(kept);
        }
        if (query instanceof DisjunctionMaxQuery max) {
            return any(max.getDisjuncts().stream().map(q -> keep(q, field)).filter(Objects::nonNull).toList());
        }
        if (query instanceof BoostQuery boost) {
            return keep(boost.getQuery(), field);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return keep(constant.getQuery(), field);
        }
        String own = fieldOf(query);
        if (own == null) {
            return query; // not aimed at a field (every document): the same everywhere
        }
        return own.equals(field) ? query : null;
    }

    private static Query any(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static String fieldOf(Query query) {
        if (query instanceof TermQuery term) {
            return term.getTerm().field();
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase.getField();
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return phrase.getTermArrays()[0][0].field();
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonyms.getField();
        }
        if (query instanceof MultiTermQuery multi) {
            return multi.getField();
        }
        return null;
    }
}
