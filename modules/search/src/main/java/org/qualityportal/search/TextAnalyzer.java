package org.qualityportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Russian and English analysis of the searched fields.
 *
 * <p>Chain: ё→е (a char filter, so offsets stay true for highlighting), Unicode word
 * tokenizer, lowercase, then stemming by script: Lucene's light Russian stemmer for Cyrillic
 * words and Porter for Latin words. The light stemmer removes the case endings of nouns and
 * adjectives ("оценка/оценки/оценкой", "школами/школы", "региональной/региональная" meet) and
 * leaves verbs alone. Snowball's Russian stemmer was tried and rejected: it reads a final
 * "-ан" as a verb ending, so "орган" and "план" lose their "н" while "органов" and "планы"
 * keep it, and the forms no longer meet. Words of the {@code protected-words.txt} resource
 * (abbreviations) are not stemmed: "МОУО" would otherwise become "моу" and find every
 * "МОУ СОШ". Changing that list changes the index: raise {@link SearchFields#SCHEMA_VERSION}.
 *
 * <p>With a synonym map (query time only) a {@link SynonymGraphFilter} runs <em>after</em>
 * stemming; the map is parsed with this same chain, so a rule written in the nominative
 * ("муниципальный орган управления образованием") also matches inflected queries
 * ("муниципальных органов управления образованием"). Synonyms are never indexed: editing
 * the list needs no reindex.
 *
 * <p>No stop words are removed, so phrases match exactly as written; the query side drops
 * common words from unquoted text instead (see {@link UserQueryParser}).
 */
final class TextAnalyzer extends Analyzer {
    /** ё and Ё read as е and Е: Russian texts use both spellings for the same word. */
    static final NormalizeCharMap YO = yoMap();
    /** Abbreviations, kept whole (lowercase, ё folded). */
    static final CharArraySet PROTECTED = protectedWords();

    private final SynonymMap synonyms;

    /** The index-time analyzer (no synonyms). */
    TextAnalyzer() {
        this(null);
    }

    /** A query-time analyzer expanding the given synonyms; {@code null} for none. */
    TextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new SetKeywordMarkerFilter(stream, PROTECTED);
        stream = new ScriptFilter(stream, Character.UnicodeScript.CYRILLIC, RussianLightStemFilter::new);
        stream = new ScriptFilter(stream, Character.UnicodeScript.LATIN, PorterStemFilter::new);
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static CharArraySet protectedWords() {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("protected-words.txt")) {
            CharArraySet words = WordlistLoader.getWordSet(new InputStreamReader(in, StandardCharsets.UTF_8), "#",
                    new CharArraySet(64, false));
            CharArraySet folded = new CharArraySet(words.size(), false);
            for (Object word : words) {
                folded.add(new String((char[]) word).strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
            }
            return CharArraySet.unmodifiableSet(folded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NormalizeCharMap yoMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ё", "е");
        builder.add("Ё", "Е");
        return builder.build();
    }
}
