package org.qualityportal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects words the index has never seen ("оцнка") to the closest word it has ("оценка"),
 * with Lucene's {@link DirectSpellChecker} over the unstemmed {@link SearchFields#SPELL}
 * field, so suggestions are real words, not stems. No separate dictionary to keep in step.
 *
 * <p>Allowed edits grow with the word: one for words up to seven letters, two beyond;
 * words under four letters, over {@value #MAX_LENGTH}, or with digits are left alone (too many
 * neighbours to guess, or not a word). At most {@value #MAX_UNKNOWN} unknown words are looked
 * up per query: each lookup walks a Levenshtein automaton over the dictionary (about a
 * millisecond), and readers' queries are short; long pasted text is not worth correcting.
 */
final class Speller {
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 24;
    private static final int TWO_EDITS_FROM = 8;
    private static final int MAX_UNKNOWN = 3;

    /** The query with unknown words corrected, or {@code null} if nothing could be corrected. */
    ParsedQuery correct(IndexReader reader, ParsedQuery parsed) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        int unknown = 0;
        for (ParsedQuery.Clause clause : parsed.clauses()) {
            if (clause.kind() != ParsedQuery.Kind.WORD && clause.kind() != ParsedQuery.Kind.PHRASE) {
                continue;
            }
            for (String word : clause.text().split(" ")) {
                Term term = unknownWord(reader, word);
                if (term == null || corrections.containsKey(word)) {
                    continue;
                }
                if (++unknown > MAX_UNKNOWN) {
                    return corrections.isEmpty() ? null : parsed.replacing(corrections);
                }
                String better = closest(reader, term);
                if (better != null) {
                    corrections.put(word, better);
                }
            }
        }
        return corrections.isEmpty() ? null : parsed.replacing(corrections);
    }

    /** The word as a dictionary term if it is worth correcting and the dictionary lacks it, else {@code null}. */
    private static Term unknownWord(IndexReader reader, String word) throws IOException {
        List<String> tokens = Analysis.tokens(Analysis.PLAIN, word);
        if (tokens.size() != 1) {
            return null;
        }
        String token = tokens.get(0);
        int length = token.codePointCount(0, token.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH || token.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        Term term = new Term(SearchFields.SPELL, token);
        return reader.docFreq(term) > 0 ? null : term;
    }

    /**
     * The closest known word: within one edit if there is one, else (long words only) within two. Asking
     * for one edit first gives the same answer (a word one edit away always scores above words two away)
     * at a quarter of the cost: the two-edit automaton walks far more of the dictionary.
     */
    private static String closest(IndexReader reader, Term term) throws IOException {
        String near = closest(reader, term, 1);
        if (near != null || term.text().codePointCount(0, term.text().length()) < TWO_EDITS_FROM) {
            return near;
        }
        return closest(reader, term, 2);
    }

    private static String closest(IndexReader reader, Term term, int edits) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? null : suggestions[0].string;
    }
}
