package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator and the query mix on the real seed, on a few hundred documents. */
class ArchiveGeneratorTest {
    private static final Path ROOT = Path.of("../..");
    private static SeedText seed;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = SeedText.read(ROOT.resolve("content-import"), ROOT.resolve("light-modules/portal/contentTypes"));
        vocabulary = new Vocabulary(seed);
    }

    @Test
    void readsTheSeedsVocabularyAndFacetValues() {
        assertThat(vocabulary.size()).isGreaterThan(1000);
        assertThat(vocabulary.count("образования")).isGreaterThan(50);
        assertThat(seed.mechanisms()).hasSize(9).contains("Система оценки качества подготовки обучающихся");
        assertThat(seed.municipalities()).hasSize(42).contains("Челябинский городской округ");
        assertThat(seed.organisations()).contains("ГБУ ДПО РЦОКИО");
        assertThat(seed.types().get("document").label()).isEqualTo("Документ");
    }

    @Test
    void sameSeedSameArchive() {
        ArchiveGenerator one = new ArchiveGenerator(seed, vocabulary, 40, 7);
        ArchiveGenerator two = new ArchiveGenerator(seed, vocabulary, 40, 7);
        assertThat(list(one)).isEqualTo(list(two));
        assertThat(one.document(23)).isEqualTo(two.document(23));
        assertThat(new ArchiveGenerator(seed, vocabulary, 40, 8).document(23)).isNotEqualTo(one.document(23));
    }

    @Test
    void documentsLookLikeTheArchive() {
        List<SearchDocument> docs = list(new ArchiveGenerator(seed, vocabulary, 200, 7));
        assertThat(docs).extracting(SearchDocument::path).doesNotHaveDuplicates();
        assertThat(docs).allSatisfy(doc -> {
            assertThat(doc.title()).isNotBlank();
            assertThat(doc.body().split(" ").length).isGreaterThanOrEqualTo(30);
            assertThat(doc.date().getYear()).isBetween(ArchiveGenerator.FIRST_YEAR, ArchiveGenerator.LAST_YEAR);
            assertThat(seed.mechanisms()).containsAll(doc.mechanisms());
            assertThat(seed.municipalities()).containsAll(doc.municipalities());
        });
        long withAttachment = docs.stream().filter(d -> !d.attachments().isEmpty()).count();
        assertThat(withAttachment).isBetween(20L, 60L);
        SearchDocument.Attachment attachment = docs.stream().flatMap(d -> d.attachments().stream()).findFirst().orElseThrow();
        assertThat(attachment.text().split(" ").length).isBetween(ArchiveGenerator.ATTACHMENT_MIN, ArchiveGenerator.ATTACHMENT_MAX + 60);
        assertThat(attachment.name()).matches(".+\\.(pdf|docx|pptx|xlsx)");
    }

    @Test
    void theMixHasTwentyQueriesOfEachKindAndTyposAreNotWords() {
        List<BenchQuery> mix = new QueryMix(seed, vocabulary, 7).queries();
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            assertThat(mix).filteredOn(q -> q.kind() == kind).hasSize(QueryMix.PER_KIND);
        }
        assertThat(mix).filteredOn(q -> q.kind() == BenchQuery.Kind.TYPO)
                .allSatisfy(q -> assertThat(vocabulary.contains(q.text())).isFalse());
        assertThat(mix).filteredOn(q -> q.kind() == BenchQuery.Kind.PHRASE).allSatisfy(q -> assertThat(q.text()).startsWith("\""));
        assertThat(mix).filteredOn(q -> q.kind() == BenchQuery.Kind.FACETED).allSatisfy(q -> assertThat(q.facet()).isNotNull());
        assertThat(new QueryMix(seed, vocabulary, 7).queries()).isEqualTo(mix);
    }

    private static List<SearchDocument> list(ArchiveGenerator archive) {
        List<SearchDocument> docs = new ArrayList<>();
        archive.forEach(docs::add);
        return docs;
    }
}
