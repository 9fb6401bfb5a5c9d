package org.qualityportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The fixed query mix, drawn from the seed with a fixed random seed: {@value #PER_KIND} queries of
 * each {@link BenchQuery.Kind}. Words are what a reader would search for: lowercase Cyrillic, four
 * letters or more, not a common word. Single words are spread over the frequency ranks (the
 * commonest words match most of the archive, the rarest a few hundred items); pairs and phrases
 * are word sequences of the seed, half of them among its most frequent.
 */
final class QueryMix {
    static final int PER_KIND = 20;
    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
    /** Rank bands of the candidate words for single-word queries: head, upper middle, lower middle, tail. */
    private static final int[] BANDS = {0, 25, 250, 1000, Integer.MAX_VALUE};

    private final Vocabulary vocabulary;
    private final List<List<String>> sentences;
    private final List<String> candidates = new ArrayList<>();
    private final SplittableRandom random;

    QueryMix(SeedText seed, Vocabulary vocabulary, long seedNumber) {
        this.vocabulary = vocabulary;
        this.sentences = seed.sentences().stream()
                .map(s -> s.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
        this.random = new SplittableRandom(seedNumber);
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            if (isCandidate(vocabulary.word(rank))) {
                candidates.add(vocabulary.word(rank));
            }
        }
    }

    /** The whole mix, class by class. */
    List<BenchQuery> queries() {
        List<BenchQuery> all = new ArrayList<>();
        int perBand = PER_KIND / (BANDS.length - 1);
        for (int band = 0; band + 1 < BANDS.length; band++) {
            int from = BANDS[band];
            int to = BANDS[band + 1];
            for (String word : distinct(perBand, () -> candidate(from, to))) {
                all.add(BenchQuery.of(BenchQuery.Kind.ONE_WORD, word));
            }
        }
        sequences(2, w -> true).forEach(pair -> all.add(BenchQuery.of(BenchQuery.Kind.TWO_WORDS, pair)));
        sequences(3, w -> w.chars().allMatch(Character::isLetter))
                .forEach(phrase -> all.add(BenchQuery.of(BenchQuery.Kind.PHRASE, "\"" + phrase + "\"")));
        List<String> filtered = distinct(PER_KIND, () -> candidate(BANDS[1], BANDS[3]));
        for (int i = 0; i < PER_KIND; i++) {
            boolean byYear = i % 2 == 0;
            String value = byYear
                    ? String.valueOf(ArchiveGenerator.FIRST_YEAR
                            + random.nextInt(ArchiveGenerator.LAST_YEAR - ArchiveGenerator.FIRST_YEAR + 1))
                    : ArchiveGenerator.TYPES[random.nextInt(ArchiveGenerator.TYPES.length)];
            all.add(new BenchQuery(BenchQuery.Kind.FACETED, filtered.get(i),
                    byYear ? SearchFacet.YEAR : SearchFacet.TYPE, value));
        }
        distinct(PER_KIND, this::typo).forEach(typo -> all.add(BenchQuery.of(BenchQuery.Kind.TYPO, typo)));
        return all;
    }

    /**
     * Distinct word sequences of the seed: {@code length} words whose first and last are candidates and
     * whose middle words pass {@code middle}; half among the 100 most frequent, half from the rest.
     */
    private List<String> sequences(int length, Predicate<String> middle) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (int i = 0; i + length <= s.size(); i++) {
                List<String> words = s.subList(i, i + length);
                if (isCandidate(words.get(0)) && isCandidate(words.get(length - 1))
                        && words.subList(1, length - 1).stream().allMatch(middle)) {
                    counts.merge(String.join(" ", words), 1, Integer::sum);
                }
            }
        }
        List<String> ranked = counts.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k)).toList();
        int head = Math.min(100, ranked.size() / 2);
        List<String> picked = new ArrayList<>(distinct(PER_KIND / 2, () -> ranked.get(random.nextInt(head))));
        picked.addAll(distinct(PER_KIND - picked.size(), () -> ranked.get(head + random.nextInt(ranked.size() - head))));
        return picked;
    }

    private String candidate(int fromRank, int toRank) {
        int to = Math.min(toRank, candidates.size());
        return candidates.get(fromRank + random.nextInt(to - fromRank));
    }

    /** A frequent word of six letters or more with one slip: a letter dropped, two swapped or one replaced. */
    private String typo() {
        while (true) {
            String word = candidate(0, BANDS[3]);
            if (word.length() < 6) {
                continue;
            }
            int at = 1 + random.nextInt(word.length() - 2);
            StringBuilder typo = new StringBuilder(word);
            switch (random.nextInt(3)) {
                case 0 -> typo.deleteCharAt(at);
                case 1 -> {
                    typo.setCharAt(at, word.charAt(at + 1));
                    typo.setCharAt(at + 1, word.charAt(at));
                }
                default -> typo.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            String result = typo.toString();
            if (!vocabulary.contains(result)) {
                return result;
            }
        }
    }

    private static List<String> distinct(int n, java.util.function.Supplier<String> source) {
        Set<String> values = new LinkedHashSet<>();
        for (int tries = 0; values.size() < n && tries < 1000 * n; tries++) {
            values.add(source.get());
        }
        return List.copyOf(values);
    }

    private static boolean isCandidate(String word) {
        return word.length() >= 4 && word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                && word.equals(word.toLowerCase(Locale.ROOT)) && !QueryFactory.isCommon(word);
    }
}
