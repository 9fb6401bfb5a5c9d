package org.qualityportal.search;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link ParsedQuery} into a Lucene query over the searched fields.
 *
 * <p>Plain words are analyzed together (stems, then synonyms) and all required; common words
 * ("в", "и", "the") are left out of plain words unless nothing else is left, since nearly
 * every document has them. Phrases keep every word in order, except that a common word inside a
 * phrase may be any word ({@link PhraseGaps}). Prefixes match both the word
 * as typed and its stem, because the index holds stems ("оценка*" must find "оценки").
 */
final class QueryFactory {
    /** Words too common to be required on their own, as typed (lower case). */
    static final CharArraySet COMMON = commonWords();

    private final QueryBuilder builder;

    QueryFactory(Synonyms synonyms) {
        this.builder = new QueryBuilder(synonyms.queryAnalyzer());
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** The query, or {@code null} when it asks for nothing findable (only exclusions, only punctuation). */
    Query build(ParsedQuery parsed) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        Query words = words(parsed.texts(ParsedQuery.Kind.WORD));
        if (words != null) {
            query.add(words, Occur.MUST);
            positive = true;
        }
        for (String phrase : parsed.texts(ParsedQuery.Kind.PHRASE)) {
            Query q = builder.createPhraseQuery(FieldExpander.PROBE, phrase);
            if (q != null) {
                query.add(FieldExpander.expand(PhraseGaps.apply(q)), Occur.MUST);
                positive = true;
            }
        }
        for (String prefix : parsed.texts(ParsedQuery.Kind.PREFIX)) {
            Query q = prefix(prefix);
            if (q != null) {
                query.add(q, Occur.MUST);
                positive = true;
            }
        }
        for (String excluded : parsed.texts(ParsedQuery.Kind.EXCLUDED)) {
            Query q = builder.createBooleanQuery(FieldExpander.PROBE, excluded, Occur.MUST);
            if (q != null) {
                query.add(FieldExpander.expand(q), Occur.MUST_NOT);
            }
        }
        return positive ? query.build() : null;
    }

    /** Whether a word is too common to be required on its own. */
    static boolean isCommon(String word) {
        return COMMON.contains(word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
    }

    private Query words(List<String> words) {
        List<String> meaningful = words.stream().filter(w -> !isCommon(w)).toList();
        List<String> used = meaningful.isEmpty() ? words : meaningful;
        if (used.isEmpty()) {
            return null;
        }
        Query q = builder.createBooleanQuery(FieldExpander.PROBE, String.join(" ", used), Occur.MUST);
        return q == null ? null : FieldExpander.expand(PhraseGaps.apply(q));
    }

    private static Query prefix(String text) {
        List<String> tokens = Analysis.tokens(Analysis.PLAIN, text);
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size() - 1; i++) {
            all.add(prefixOrTerm(tokens.get(i), false), Occur.MUST);
        }
        all.add(prefixOrTerm(tokens.get(tokens.size() - 1), true), Occur.MUST);
        return all.build();
    }

    private static Query prefixOrTerm(String word, boolean prefix) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(word);
        List<String> stems = Analysis.tokens(Analysis.TEXT, word);
        if (stems.size() == 1 && stems.get(0).length() >= 3) {
            forms.add(stems.get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : SearchFields.SEARCHED) {
            for (String form : forms) {
                Term term = new Term(field, form);
                any.add(prefix && word.length() >= 3 ? new PrefixQuery(term)
                        : new org.apache.lucene.search.TermQuery(term), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static CharArraySet commonWords() {
        CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }
}
