package org.qualityportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The editable list of the field's abbreviations and their expansions, applied at query time
 * only, so editing it changes search at once without reindexing.
 *
 * <p>The file uses Solr's synonym format: one rule per line; {@code #} starts a comment;
 * {@code a, b, c} makes all entries equivalent (each finds the others);
 * {@code a => b} rewrites {@code a} into {@code b} only. Entries are analyzed like the
 * documents (case, ё, stems), so write them in any case and in the nominative.
 *
 * <p>Instances are immutable; load a new one when the file changes and build a new
 * {@link SearchService} with it.
 */
public final class Synonyms {
    private static final String DEFAULT_RESOURCE = "synonyms.txt";
    private static final Synonyms NONE = new Synonyms(null, 0);

    private final SynonymMap map;
    private final int rules;
    private final Analyzer queryAnalyzer;

    private Synonyms(SynonymMap map, int rules) {
        this.map = map;
        this.rules = rules;
        this.queryAnalyzer = new TextAnalyzer(map);
    }

    /** No synonyms at all. */
    public static Synonyms none() {
        return NONE;
    }

    /** The list shipped with the module (the field's common abbreviations). */
    public static Synonyms defaults() {
        try (InputStream in = Synonyms.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 synonym file. */
    public static Synonyms load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader);
        }
    }

    /**
     * Parses rules in Solr's synonym format.
     *
     * @throws IllegalArgumentException naming the line of a malformed rule
     */
    public static Synonyms load(Reader reader) throws IOException {
        String text = readAll(reader);
        SolrSynonymParser parser = new SolrSynonymParser(true, true, Analysis.TEXT);
        try {
            parser.parse(new java.io.StringReader(text));
            return new Synonyms(parser.build(), countRules(text));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid synonym rule at line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid synonym rule: " + e.getMessage(), e);
        }
    }

    /** Number of rules (non-empty, non-comment lines). */
    public int size() {
        return rules;
    }

    /** The query-time analyzer with these synonyms. */
    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    SynonymMap map() {
        return map;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static int countRules(String text) {
        return (int) text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    }
}
