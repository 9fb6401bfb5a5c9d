package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The long tail from a (tiny, made-up) Hunspell dictionary, and the archive text it goes into. */
class LexiconTest {
    private static final Path ROOT = Path.of("../..");
    private static final Path TINY = Path.of("src/test/resources/lexicon/tiny");
    private static final Set<String> TAIL = Set.of("тестовка", "тестовки", "тестовке", "тестовкой",
            "пробовка", "пробовки", "пробовке", "пробовкой", "мирок");

    @Test
    void readsTheLowercaseLemmasAndMakesTheirFormsFromTheAffixRules() throws Exception {
        Lexicon lexicon = Lexicon.read(TINY, 7);
        List<String> lemmas = IntStream.range(0, lexicon.size()).mapToObj(lexicon::lemma).toList();
        assertThat(lemmas).as("names and abbreviations are left out")
                .containsExactlyInAnyOrder("тестовка", "пробовка", "мирок");
        int test = lemmas.indexOf("тестовка");
        assertThat(lexicon.formsOf(test)).containsExactlyInAnyOrder("тестовка", "тестовки", "тестовке", "тестовкой");
        assertThat(lexicon.formsOf(lemmas.indexOf("мирок"))).containsExactly("мирок");

        Lexicon again = Lexicon.read(TINY, 7);
        assertThat(IntStream.range(0, again.size()).mapToObj(again::lemma).toList()).isEqualTo(lemmas);
    }

    @Test
    void aboutAThirdOfTheArchivesWordsComeFromTheLexiconInAllTheirForms() throws Exception {
        SeedText seed = SeedText.read(ROOT.resolve("content-import"), ROOT.resolve("light-modules/portal/contentTypes"));
        Vocabulary withTail = new Vocabulary(seed, Lexicon.read(TINY, 7));
        List<String> words = words(withTail.text(new SplittableRandom(3), 20_000));

        long tail = words.stream().filter(TAIL::contains).count();
        assertThat((double) tail / words.size()).isBetween(0.2, 0.45);
        assertThat(words).contains("тестовкой", "пробовки", "мирок");

        List<String> seedOnly = words(new Vocabulary(seed).text(new SplittableRandom(3), 20_000));
        assertThat(seedOnly).noneMatch(TAIL::contains);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Arrays.stream(text.toLowerCase().split("[^а-яё]+")).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }
}
