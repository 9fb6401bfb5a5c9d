package org.qualityportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The shared analyzers (thread-safe, reusable) and a helper to run one over a string. */
final class Analysis {
    /** Stems for the searched fields; plain words for the suggestion and spelling fields. */
    static final Analyzer PLAIN = new PlainAnalyzer();
    static final Analyzer TEXT = new TextAnalyzer();
    static final Analyzer INDEX = new PerFieldAnalyzerWrapper(TEXT,
            Map.of(SearchFields.TITLE_WORDS, PLAIN, SearchFields.SPELL, PLAIN));

    private Analysis() {
    }

    /** The tokens an analyzer makes of a text (for short query strings only). */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
