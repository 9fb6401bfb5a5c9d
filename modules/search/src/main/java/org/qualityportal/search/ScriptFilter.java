package org.qualityportal.search;

import java.util.function.Function;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies a filter (a stemmer) only to words written in one script, so the Russian stemmer
 * never mangles Latin abbreviations (PISA, TIMSS) and the English one never touches Cyrillic.
 */
final class ScriptFilter extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Character.UnicodeScript script;

    ScriptFilter(TokenStream input, Character.UnicodeScript script,
            Function<TokenStream, TokenStream> filter) {
        super(input, filter);
        this.script = script;
    }

    @Override
    protected boolean shouldFilter() {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c) == script;
            }
        }
        return false;
    }
}
