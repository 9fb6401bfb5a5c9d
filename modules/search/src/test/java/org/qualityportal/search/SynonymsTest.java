package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym file: its format, loading, errors, and that a new list applies without reindexing. */
class SynonymsTest {
    private static final SearchDocument ABBREVIATED = SearchDocument.of("/a", "/a", "news", "Новость", "Итоги ВПР в районе");
    private static final SearchDocument SPELLED_OUT = SearchDocument.of("/b", "/b", "news", "Новость",
            "Итоги всероссийских проверочных работ");

    private SearchIndex index;

    @BeforeEach
    void index() {
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.updateAll(List.of(ABBREVIATED, SPELLED_OUT));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aCommaLineMakesEveryEntryFindTheOthers() throws IOException {
        SearchService service = service("# comment\n\nвпр, всероссийские проверочные работы\n");
        assertThat(paths(service, "ВПР")).containsExactlyInAnyOrder("/a", "/b");
        assertThat(paths(service, "всероссийская проверочная работа")).containsExactlyInAnyOrder("/a", "/b");
    }

    @Test
    void anArrowRewritesOneWayOnly() throws IOException {
        SearchService service = service("впр => всероссийские проверочные работы");
        assertThat(paths(service, "впр")).containsExactly("/b");
        assertThat(paths(service, "всероссийские проверочные работы")).containsExactly("/b");
    }

    @Test
    void aNewListAppliesToTheSameIndexAtOnce() throws IOException {
        assertThat(paths(new SearchService(index, Synonyms.none()), "ВПР")).containsExactly("/a");
        assertThat(paths(service("впр, всероссийские проверочные работы"), "ВПР")).containsExactlyInAnyOrder("/a", "/b");
    }

    @Test
    void aFileIsReadAsUtf8AndItsRulesCounted(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("synonyms.txt");
        Files.writeString(file, "# Сокращения\nвпр, всероссийские проверочные работы\nогэ, основной государственный экзамен\n",
                StandardCharsets.UTF_8);
        Synonyms synonyms = Synonyms.load(file);
        assertThat(synonyms.size()).isEqualTo(2);
        assertThat(paths(new SearchService(index, synonyms), "ВПР")).containsExactlyInAnyOrder("/a", "/b");
    }

    @Test
    void theBuiltInListCoversTheFieldsAbbreviations() {
        assertThat(Synonyms.defaults().size()).isEqualTo(8);
        for (String abbreviation : List.of("МСОКО", "РСОКО", "ВСОКО", "МУМ", "РУМ", "ОО", "МОУО", "РЦОКИО")) {
            assertThat(Analysis.tokens(Synonyms.defaults().queryAnalyzer(), abbreviation)).as(abbreviation).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aMalformedRuleNamesItsLine() {
        assertThatThrownBy(() -> Synonyms.load(new StringReader("впр, проверочные работы\nа => б => в\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    private SearchService service(String rules) throws IOException {
        return new SearchService(index, Synonyms.load(new StringReader(rules)));
    }

    private static List<String> paths(SearchService service, String query) {
        return service.search(SearchQuery.of(query)).hits().stream().map(SearchHit::path).toList();
    }
}
