package org.qualityportal.search;

import java.util.function.UnaryOperator;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/** Rewrites the leaves of a query made by Lucene's query builder, keeping its boolean and boost structure. */
final class QueryTrees {
    private QueryTrees() {
    }

    /** The query with {@code leaf} applied to each part that is neither boolean nor boosted. */
    static Query mapLeaves(Query query, UnaryOperator<Query> leaf) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(mapLeaves(clause.getQuery(), leaf), clause.getOccur());
            }
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(mapLeaves(boost.getQuery(), leaf), boost.getBoost());
        }
        return leaf.apply(query);
    }
}
