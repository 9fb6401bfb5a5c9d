package org.qualityportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The seed's words ranked by frequency, and a text source over them: a first-order Markov chain
 * over the seed's word pairs that, at each step, either follows the seed (so real phrases such as
 * «оценки качества образования» recur) or jumps to a word drawn by Zipf's law over the frequency
 * ranks (so word frequencies fall off as in natural text and rare words stay rare).
 *
 * <p>With a {@link Lexicon}, a jump lands {@value #LEXICON_SHARE} of the times on a dictionary
 * word instead (a lemma by Zipf's law over the lexicon's ranks, in one of its forms), after which
 * the chain jumps again: about 30 % of the words are then from outside the seed, the long tail of
 * rare words a real archive has.
 *
 * <p>Sentence-initial words are lowercased unless the same capitalised form also occurs inside a
 * sentence (a name) or the word is an abbreviation (МСОКО).
 */
final class Vocabulary {
    /** Chance of following the seed's next word rather than jumping. */
    private static final double FOLLOW = 0.7;
    /** Exponent of Zipf's law: the word of rank r is drawn with weight 1 / r^s. */
    private static final double ZIPF = 1.0;
    /** Chance that a jump goes to the lexicon (when there is one) rather than to a seed word. */
    private static final double LEXICON_SHARE = 0.6;

    private static final int[] NONE = {};

    private final String[] words;
    private final long[] counts;
    private final double[] zipf;
    private final Lexicon lexicon;
    private final double[] lexiconZipf;
    private final int[][] next;
    private final int[] starts;
    private final int[] titleStarts;
    private final int[] sentenceLengths;
    private final Map<String, Integer> ids = new HashMap<>();

    /** The seed's words alone. */
    Vocabulary(SeedText seed) {
        this(seed, Lexicon.empty());
    }

    Vocabulary(SeedText seed, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.lexiconZipf = cumulativeZipf(lexicon.size());
        Set<String> namesInside = new HashSet<>();
        seed.sentences().forEach(s -> s.subList(1, s.size()).stream()
                .filter(w -> Character.isUpperCase(w.charAt(0))).forEach(namesInside::add));
        List<List<String>> sentences = seed.sentences().stream().map(s -> normalise(s, namesInside)).toList();
        List<List<String>> titles = seed.titles().stream().map(s -> normalise(s, namesInside)).toList();

        Map<String, Long> frequency = new HashMap<>();
        sentences.forEach(s -> s.forEach(w -> frequency.merge(w, 1L, Long::sum)));
        words = frequency.keySet().stream()
                .sorted(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w))
                .toArray(String[]::new);
        counts = Arrays.stream(words).mapToLong(frequency::get).toArray();
        for (int i = 0; i < words.length; i++) {
            ids.put(words[i], i);
        }
        zipf = cumulativeZipf(words.length);
        List<List<Integer>> following = new ArrayList<>();
        Arrays.stream(words).forEach(w -> following.add(new ArrayList<>()));
        for (List<String> s : sentences) {
            for (int i = 0; i + 1 < s.size(); i++) {
                following.get(ids.get(s.get(i))).add(ids.get(s.get(i + 1)));
            }
        }
        next = following.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        starts = sentences.stream().mapToInt(s -> ids.get(s.get(0))).toArray();
        titleStarts = titles.stream().map(t -> ids.get(t.get(0))).filter(id -> id != null).mapToInt(Integer::intValue)
                .toArray();
        sentenceLengths = sentences.stream().mapToInt(List::size).filter(n -> n >= 3).toArray();
    }

    /** Distinct word forms. */
    int size() {
        return words.length;
    }

    /** Lemmas of the lexicon (0 without one). */
    int lexiconSize() {
        return lexicon.size();
    }

    /** Words in the seed (tokens). */
    long tokens() {
        return Arrays.stream(counts).sum();
    }

    /** The word of a frequency rank (0 = most frequent). */
    String word(int rank) {
        return words[rank];
    }

    /** How often a word occurs in the seed (0 if never). */
    long count(String word) {
        Integer id = ids.get(word);
        return id == null ? 0 : counts[id];
    }

    /** Whether the seed has this exact word form. */
    boolean contains(String word) {
        return ids.containsKey(word);
    }

    /** A sentence of about the seed's sentence lengths, capitalised, with a full stop. */
    void sentence(RandomGenerator random, StringBuilder out) {
        int length = sentenceLengths[random.nextInt(sentenceLengths.length)];
        phrase(random, starts[random.nextInt(starts.length)], length, out);
        out.append(". ");
    }

    /** A title: begins as a seed title does, then runs on for about the given number of words. */
    String title(RandomGenerator random, int length) {
        StringBuilder out = new StringBuilder();
        phrase(random, titleStarts[random.nextInt(titleStarts.length)], length, out);
        return out.toString();
    }

    /** Sentences up to about the given number of words. */
    String text(RandomGenerator random, int words) {
        StringBuilder out = new StringBuilder(words * 9);
        int wordsBefore = 0;
        while (wordsBefore < words) {
            int mark = out.length();
            sentence(random, out);
            wordsBefore += countSpaces(out, mark);
        }
        return out.toString().strip();
    }

    private void phrase(RandomGenerator random, int first, int length, StringBuilder out) {
        int word = first;
        int start = out.length();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(' ');
                int[] candidates = word < 0 ? NONE : next[word];
                if (candidates.length > 0 && random.nextDouble() < FOLLOW) {
                    word = candidates[random.nextInt(candidates.length)];
                } else if (lexicon.size() > 0 && random.nextDouble() < LEXICON_SHARE) {
                    out.append(lexicon.form(rank(lexiconZipf, random), random));
                    word = -1;
                    continue;
                } else {
                    word = rank(zipf, random);
                }
            }
            out.append(words[word]);
        }
        out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
    }

    /** A rank drawn by Zipf's law, given its cumulative weights. */
    private static int rank(double[] cumulative, RandomGenerator random) {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(rank < 0 ? -rank - 1 : rank, cumulative.length - 1);
    }

    private static double[] cumulativeZipf(int ranks) {
        double[] cumulative = new double[ranks];
        double sum = 0;
        for (int r = 0; r < ranks; r++) {
            sum += 1 / Math.pow(r + 1, ZIPF);
            cumulative[r] = sum;
        }
        return cumulative;
    }

    private static int countSpaces(StringBuilder out, int from) {
        int spaces = 0;
        for (int i = from; i < out.length(); i++) {
            if (out.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }

    private static List<String> normalise(List<String> sentence, Set<String> namesInside) {
        List<String> words = new ArrayList<>(sentence);
        String first = words.get(0);
        if (!isAbbreviation(first) && !namesInside.contains(first)) {
            words.set(0, first.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isAbbreviation(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
