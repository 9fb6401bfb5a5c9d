package org.qualityportal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The rest of the Russian language, beyond the seed's 1,500 word forms: the lemmas of a Hunspell
 * dictionary (Debian's {@code hunspell-ru}: about 146,000 of them), in a fixed shuffled order that
 * serves as their frequency ranks, each drawn as one of its inflected forms, which Lucene's
 * {@link WordFormGenerator} makes from the dictionary's affix rules. With it the archive has the
 * long tail of rare words a real one has, and its words appear in all their grammatical forms.
 *
 * <p>Names and abbreviations of the dictionary (capitalised entries) are left out. Making a lemma's
 * forms takes the better part of a millisecond, so they are made when a lemma is first drawn, kept,
 * and only for the {@value #INFLECTED} most frequent lemmas (nine draws in ten with Zipf's law over
 * 140,000 ranks); rarer ones appear in their dictionary form.
 */
final class Lexicon {
    /** Lemmas drawn in their inflected forms: the most frequent ones. */
    private static final int INFLECTED = 30_000;
    /** Forms kept per lemma; verbs with all their participles would have hundreds. */
    private static final int MAX_FORMS = 12;
    /** Chance of the dictionary form itself rather than one of the others. */
    private static final double BASE_FORM = 0.3;
    private static final Pattern WORD = Pattern.compile("[а-яё]{2,}");
    private static final Lexicon EMPTY = new Lexicon(new String[0], null);

    private final String[] lemmas;
    private final WordFormGenerator generator;
    /** Forms of the {@value #INFLECTED} first lemmas, made when first drawn. */
    private final String[][] forms;

    private Lexicon(String[] lemmas, WordFormGenerator generator) {
        this.lemmas = lemmas;
        this.generator = generator;
        this.forms = new String[Math.min(INFLECTED, lemmas.length)][];
    }

    /** No words beyond the seed's. */
    static Lexicon empty() {
        return EMPTY;
    }

    /**
     * Reads a Hunspell dictionary: {@code prefix.aff} and {@code prefix.dic} (e.g.
     * {@code /usr/share/hunspell/ru_RU}); the lemmas are shuffled with the given seed.
     */
    static Lexicon read(Path prefix, long seed) throws IOException {
        Path affix = Path.of(prefix + ".aff");
        Path words = Path.of(prefix + ".dic");
        Dictionary dictionary;
        try (InputStream a = Files.newInputStream(affix); InputStream d = Files.newInputStream(words)) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "lexicon", a, d);
        } catch (ParseException e) {
            throw new IOException("Cannot read the dictionary " + prefix + ": " + e.getMessage(), e);
        }
        List<String> lemmas = new ArrayList<>(lemmas(words));
        Collections.shuffle(lemmas, new Random(seed));
        return new Lexicon(lemmas.toArray(String[]::new), new WordFormGenerator(dictionary));
    }

    /** Lemmas, i.e. distinct dictionary entries. */
    int size() {
        return lemmas.length;
    }

    /** The lemma of a rank (0 = most frequent). */
    String lemma(int rank) {
        return lemmas[rank];
    }

    /** One of the forms of the lemma of a rank, the dictionary form most often. */
    String form(int rank, RandomGenerator random) {
        if (rank >= forms.length || random.nextDouble() < BASE_FORM) {
            return lemmas[rank];
        }
        String[] all = forms(rank);
        return all[random.nextInt(all.length)];
    }

    /** Forms of a lemma the dictionary allows (up to {@value #MAX_FORMS}), the lemma included. */
    List<String> formsOf(int rank) {
        return rank < forms.length ? List.of(forms(rank)) : List.of(lemmas[rank]);
    }

    private String[] forms(int rank) {
        if (forms[rank] == null) {
            forms[rank] = formsOf(lemmas[rank]);
        }
        return forms[rank];
    }

    private String[] formsOf(String lemma) {
        Set<String> distinct = new LinkedHashSet<>();
        distinct.add(lemma);
        for (AffixedWord form : generator.getAllWordForms(lemma, () -> { })) {
            if (distinct.size() >= MAX_FORMS) {
                break;
            }
            if (WORD.matcher(form.getWord()).matches()) {
                distinct.add(form.getWord());
            }
        }
        return distinct.toArray(String[]::new);
    }

    private static Set<String> lemmas(Path dic) throws IOException {
        Set<String> lemmas = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(dic, StandardCharsets.UTF_8)) {
            in.readLine(); // the number of entries
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String word = line.strip().split("[/\\s]", 2)[0];
                if (WORD.matcher(word).matches()) {
                    lemmas.add(word);
                }
            }
        }
        return lemmas;
    }
}
