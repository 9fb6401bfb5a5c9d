package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact hit lists on the fixed {@link Corpus}: what each query must find, no more, no less.
 * Read a row as "query | documents it finds".
 */
class SearchGoldenTest {
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

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # morphology: every form of a word meets every other
            оценка             | ORDER MECHANISM MONITORING MENTORING ROADMAP RSOKO_PAGE QUALITY
            оценки             | ORDER MECHANISM MONITORING MENTORING ROADMAP RSOKO_PAGE QUALITY
            оценкой            | ORDER MECHANISM MONITORING MENTORING ROADMAP RSOKO_PAGE QUALITY
            школами            | MONITORING MENTORING LOW_RESULTS
            школы              | MONITORING MENTORING LOW_RESULTS
            региональной       | ORDER MECHANISM RSOKO_PAGE
            # case and ё
            ОЦЕНКА             | ORDER MECHANISM MONITORING MENTORING ROADMAP RSOKO_PAGE QUALITY
            ПрИкАз             | ORDER
            емкий              | RSOKO_NEWS
            ёмкий              | RSOKO_NEWS
            отчет              | RSOKO_NEWS REPORT
            отчёт              | RSOKO_NEWS REPORT
            # English stems, Latin abbreviations untouched
            assessment         | ENGLISH
            comparing          | ENGLISH
            pisa               | ENGLISH
            # all plain words are required, wherever they are
            качество образования                 | ORDER RSOKO_PAGE QUALITY LETTER
            "качество образования"               | ORDER RSOKO_PAGE QUALITY
            «качество образования»               | ORDER RSOKO_PAGE QUALITY
            оценка педагогов                     | MENTORING QUALITY
            # a common word inside a phrase holds a place for any word; at its ends it is required
            "образования и науки"                | ORDER LETTER
            "образования для науки"              | ORDER LETTER
            "работа со школами"                  | MONITORING LOW_RESULTS
            # common words do not have to occur
            итоги в округе                       | MONITORING
            # prefixes (the index holds stems, the prefix is matched as typed and as a stem)
            монитор*           | ORDER MONITORING
            мониторинга*       | ORDER MONITORING
            наставни*          | MENTORING
            # exclusion
            оценка -приказ -педагогов            | MECHANISM MONITORING ROADMAP RSOKO_PAGE
            # names of municipalities, mechanisms and organisations are searchable
            копейский          | MONITORING MENTORING CONFERENCE
            магнитогорский     | LETTER
            # attachments are searched
            математика         | REPORT
            """)
    void finds(String query, String expected) {
        assertThat(paths(query)).as(query).containsExactlyInAnyOrderElementsOf(Corpus.paths(expected));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # query-time synonyms, both ways, through inflection
            РСОКО                                              | ORDER RSOKO_PAGE RSOKO_NEWS
            рсоко                                              | ORDER RSOKO_PAGE RSOKO_NEWS
            региональная система оценки качества образования   | ORDER RSOKO_PAGE RSOKO_NEWS
            МОУО                                               | ORDER CONFERENCE
            муниципальные органы управления образованием       | ORDER CONFERENCE
            МСОКО                                              | ROADMAP
            РЦОКИО                                             | CONFERENCE
            """)
    void synonymsFindAbbreviationsAndExpansions(String query, String expected) {
        assertThat(paths(query)).as(query).containsExactlyInAnyOrderElementsOf(Corpus.paths(expected));
    }

    @Test
    void withoutSynonymsAnAbbreviationFindsOnlyItself() {
        SearchService plain = new SearchService(index, Synonyms.none());
        assertThat(plain.search(SearchQuery.of("РСОКО").withPageSize(100)).hits())
                .extracting(SearchHit::path).containsExactly(Corpus.RSOKO_NEWS.path());
    }

    @Test
    void aTitleMatchRanksFirst() {
        assertThat(paths("наставничество")).first().isEqualTo(Corpus.MENTORING.path());
        assertThat(paths("региональная система")).first().isEqualTo(Corpus.RSOKO_PAGE.path());
    }

    @Test
    void aPhraseRanksByTheFieldsHoldingItThenNewestFirst() {
        // all three have it in the title, ORDER in its summary too; QUALITY is dated 2020, RSOKO_PAGE undated
        assertThat(paths("\"качество образования\"")).containsExactlyElementsOf(
                Corpus.paths("ORDER QUALITY RSOKO_PAGE"));
    }

    @Test
    void aPhraseStillNeedsItsWordsNextToEachOther() {
        assertThat(paths("\"образования науки\"")).as("«образования и науки»: one word between").isEmpty();
        assertThat(paths("\"школами продолжится\"")).containsExactly(Corpus.MONITORING.path());
        assertThat(paths("\"со школами\"")).as("a common word at the end is required")
                .containsExactlyInAnyOrderElementsOf(Corpus.paths("MONITORING LOW_RESULTS"));
        assertThat(paths("\"в школами\"")).isEmpty();
    }

    @Test
    void dateOrderIsNewestFirstUndatedLast() {
        SearchResult result = service.search(SearchQuery.of("оценка").withOrder(SearchQuery.Order.DATE));
        assertThat(result.hits()).extracting(SearchHit::path).containsExactlyElementsOf(Corpus.paths(
                "MENTORING MONITORING MECHANISM QUALITY ROADMAP ORDER RSOKO_PAGE"));
    }

    @Test
    void hitsCarryWhatTheResultListShows() {
        SearchHit hit = service.search(SearchQuery.of("наставничество")).hits().get(0);
        assertThat(hit.path()).isEqualTo("/practices/kopeysk-mentoring");
        assertThat(hit.url()).isEqualTo("/practices/kopeysk-mentoring.html");
        assertThat(hit.title()).isEqualTo("Наставничество для педагогов");
        assertThat(hit.type()).isEqualTo("practice");
        assertThat(hit.typeLabel()).isEqualTo("Практика");
        assertThat(hit.date()).isEqualTo(java.time.LocalDate.of(2021, 10, 1));
        assertThat(hit.attachment()).isNull();
    }

    @Test
    void snippetsMarkTheMatchedForms() {
        SearchHit hit = only("школами", Corpus.MENTORING);
        assertThat(hit.snippetHtml()).contains("<mark>школы</mark>").doesNotContain("<mark>Педагоги");
        assertThat(only("оценка", Corpus.MONITORING).snippetHtml())
                .isEqualTo("По результатам <mark>оценки</mark> учителя получили адресные рекомендации. Работа со школами продолжится.");
    }

    @Test
    void anAttachmentMatchNamesTheAttachment() {
        SearchHit report = only("математика", Corpus.REPORT);
        assertThat(report.attachment()).isEqualTo("Аналитическая справка.docx");
        assertThat(report.snippetHtml()).contains("по <mark>математике</mark> показал");

        SearchHit order = only("показатели эффективности", Corpus.ORDER);
        assertThat(order.attachment()).as("the second attachment").isEqualTo("Приложение 1. Показатели.pdf");
        assertThat(order.snippetHtml()).startsWith("<mark>Показатели</mark> <mark>эффективности</mark>");
    }

    @Test
    void aMatchInTheBodyIsPreferredToOneInAnAttachment() {
        SearchHit order = only("положение", Corpus.ORDER);
        assertThat(order.attachment()).isNull();
        assertThat(order.snippetHtml()).contains("Утвердить <mark>положение</mark>");
    }

    @Test
    void snippetsAreEscapedHtml() {
        SearchHit hit = only("безопасность", Corpus.XSS);
        assertThat(hit.snippetHtml()).contains("<mark>Безопасность</mark>");
        SafeHtml.assertOnlyMarks(hit.snippetHtml());

        SearchHit tags = only("script alert", Corpus.XSS);
        assertThat(tags.snippetHtml())
                .contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;")
                .contains("&amp; &quot; &#39;");
        SafeHtml.assertOnlyMarks(tags.snippetHtml());
    }

    @Test
    void aTypoFindsTheWordAndSuggestsIt() {
        SearchResult result = service.search(SearchQuery.of("оцнка").withPageSize(100));
        assertThat(result.suggestion()).isEqualTo("оценка");
        assertThat(result.suggestionApplied()).isTrue();
        assertThat(result.hits()).extracting(SearchHit::path).containsExactlyInAnyOrderElementsOf(
                Corpus.paths("ORDER MECHANISM MONITORING MENTORING ROADMAP RSOKO_PAGE QUALITY"));
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippetHtml() + h.title()).containsIgnoringCase("оцен"));
    }

    @Test
    void typosAreCorrectedWordByWordInsidePhrasesToo() {
        SearchResult words = service.search(SearchQuery.of("копецкий наставничество"));
        assertThat(words.suggestion()).isEqualTo("копейский наставничество");
        assertThat(words.hits()).extracting(SearchHit::path).containsExactly(Corpus.MENTORING.path());

        SearchResult phrase = service.search(SearchQuery.of("\"качесво образования\""));
        assertThat(phrase.suggestion()).isEqualTo("\"качество образования\"");
        assertThat(phrase.hits()).extracting(SearchHit::path)
                .containsExactlyInAnyOrderElementsOf(Corpus.paths("ORDER RSOKO_PAGE QUALITY"));
    }

    @Test
    void twoSlipsAreCorrectedInLongWordsOnly() {
        SearchResult longWord = service.search(SearchQuery.of("настаничесво"));
        assertThat(longWord.suggestion()).as("two letters dropped from a 14-letter word").isEqualTo("наставничество");
        assertThat(longWord.hits()).extracting(SearchHit::path).containsExactly(Corpus.MENTORING.path());

        SearchResult shortWord = service.search(SearchQuery.of("оцнк"));
        assertThat(shortWord.suggestion()).as("two letters dropped from «оценка»: too far for a short word").isNull();
        assertThat(shortWord.total()).isZero();
    }

    @Test
    void aCorrectionThatFindsNoMoreIsNotOffered() {
        SearchResult typoInOneOfTwoWords = service.search(SearchQuery.of("качесво копейский"));
        assertThat(typoInOneOfTwoWords.total()).isZero();
        assertThat(typoInOneOfTwoWords.suggestion()).as("no document has both words").isNull();
    }

    @Test
    void correctWordsGetNoSuggestion() {
        SearchResult result = service.search(SearchQuery.of("мониторинг"));
        assertThat(result.suggestion()).isNull();
        assertThat(result.message()).isNull();
    }

    @Test
    void nothingFoundSaysSoInRussian() {
        SearchResult result = service.search(SearchQuery.of("квантовая хромодинамика"));
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.message()).startsWith("Ничего не найдено.");
    }

    private static List<String> paths(String query) {
        return service.search(SearchQuery.of(query).withPageSize(100)).hits().stream().map(SearchHit::path).toList();
    }

    private static SearchHit only(String query, SearchDocument expected) {
        return service.search(SearchQuery.of(query).withPageSize(100)).hits().stream()
                .filter(h -> h.path().equals(expected.path())).findFirst()
                .orElseThrow(() -> new AssertionError(query + " does not find " + expected.path()));
    }
}
