package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles offered as the reader types: every typed word begins a title word, newest first. */
class SuggestTest {
    private static SearchIndex index;
    private static SearchService service;

    @BeforeAll
    static void indexCorpus() {
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.updateAll(Corpus.ALL);
        service = new SearchService(index, Synonyms.defaults());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest(name = "[{0}] offers {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            сист            | MECHANISM ROADMAP ORDER RSOKO_PAGE
            СИСТ            | MECHANISM ROADMAP ORDER RSOKO_PAGE
            система оц      | MECHANISM RSOKO_PAGE
            отчё            | REPORT
            отче            | REPORT
            наставничество  | MENTORING
            копейск         | MONITORING
            мониторинг ко   | MONITORING
            мониторинг ка   |
            с               |
            `   `           |
            """)
    void offersTitlesNewestFirst(String typed, String expected) {
        List<String> titles = service.suggest(typed, 10).stream().map(TitleSuggestion::title).toList();
        List<String> wanted = Corpus.paths(expected == null ? "" : expected).stream()
                .map(path -> Corpus.ALL.stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow().title())
                .toList();
        assertThat(titles).containsExactlyElementsOf(wanted);
    }

    @Test
    void suggestionsCarryTheUrlAndRespectTheLimit() {
        List<TitleSuggestion> one = service.suggest("сист", 1);
        assertThat(one).containsExactly(new TitleSuggestion(Corpus.MECHANISM.title(), Corpus.MECHANISM.url()));
        assertThat(service.suggest("сист", 0)).isEmpty();
        assertThat(service.suggest(null, 5)).isEmpty();
    }
}
