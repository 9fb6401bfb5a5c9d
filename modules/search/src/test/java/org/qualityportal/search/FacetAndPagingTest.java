package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facet counts, filters, browsing without words, order and paging, on the fixed {@link Corpus}. */
class FacetAndPagingTest {
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

    @Test
    void anArchiveOfOneSectionCountsOnlyWhatIsBelowIt() {
        SearchResult documents = service.search(SearchQuery.of("").withUnder("/documents/").withOrder(SearchQuery.Order.DATE));
        assertThat(documents.hits()).extracting(SearchHit::path).allMatch(p -> p.startsWith("/documents/"));
        assertThat(documents.total()).isEqualTo(4);
        assertThat(documents.facet(SearchFacet.TYPE)).extracting(FacetValue::value).containsExactly("document");
        assertThat(service.search(SearchQuery.of("").withUnder("/documents/orders")).hits())
                .extracting(SearchHit::path).containsExactly("/documents/orders/2018-03-524");
        assertThat(service.search(SearchQuery.of("").withUnder("/documents/order")).total())
                .as("a path, not a beginning of a name").isZero();
        assertThat(service.search(SearchQuery.of("").withUnder("/")).total()).isEqualTo(14);
    }

    @Test
    void browsingWithoutWordsCountsEveryFacet() {
        SearchResult all = service.search(SearchQuery.of(""));
        assertThat(all.total()).isEqualTo(14);
        assertThat(all.message()).isNull();
        assertThat(all.facet(SearchFacet.TYPE)).extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                .containsExactly(
                        tuple("news", "Новость", 5L),
                        tuple("document", "Документ", 4L),
                        tuple("practice", "Практика", 2L),
                        tuple("conference", "Конференция", 1L),
                        tuple("mechanism", "Механизм", 1L),
                        tuple("page", "Страница", 1L));
        assertThat(all.facet(SearchFacet.YEAR)).extracting(FacetValue::value, FacetValue::count).containsExactly(
                tuple("2023", 1L), tuple("2022", 2L), tuple("2021", 4L), tuple("2020", 3L), tuple("2019", 1L),
                tuple("2018", 2L));
        assertThat(all.facet(SearchFacet.MUNICIPALITY)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple(Corpus.KOPEYSK, 3L), tuple(Corpus.CHELYABINSK, 2L), tuple(Corpus.MAGNITOGORSK, 1L));
        assertThat(all.facet(SearchFacet.MECHANISM)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple(Corpus.M1, 3L), tuple(Corpus.M2, 1L));
        assertThat(all.facet(SearchFacet.ORGANISATION)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple(Corpus.MINISTRY, 2L), tuple(Corpus.RCOKIO, 1L), tuple("МОУ СОШ № 1 г. Копейска", 1L));
        assertThat(all.facets().values()).allSatisfy(values -> assertThat(values).noneMatch(FacetValue::selected));
    }

    @Test
    void aFilterNarrowsHitsAndOtherFacetsButNotItsOwnCounts() {
        SearchResult result = service.search(SearchQuery.of("оценка").withFilter(SearchFacet.MUNICIPALITY, Corpus.KOPEYSK));
        assertThat(paths(result)).containsExactlyInAnyOrderElementsOf(Corpus.paths("MONITORING MENTORING"));
        assertThat(result.facet(SearchFacet.MUNICIPALITY)).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple(Corpus.KOPEYSK, 2L, true));
        assertThat(result.facet(SearchFacet.TYPE)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("news", 1L), tuple("practice", 1L));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        SearchResult twoYears = service.search(SearchQuery.of("").withFilter(SearchFacet.YEAR, "2021", "2022"));
        assertThat(paths(twoYears)).containsExactlyInAnyOrderElementsOf(
                Corpus.paths("MONITORING MENTORING ENGLISH LETTER LOW_RESULTS CONFERENCE"));
        assertThat(twoYears.facet(SearchFacet.YEAR)).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .contains(tuple("2021", 4L, true), tuple("2022", 2L, true), tuple("2018", 2L, false));

        SearchResult documentsOf2018 = service.search(SearchQuery.of("")
                .withFilter(SearchFacet.TYPE, "document").withFilter(SearchFacet.YEAR, "2018"));
        assertThat(paths(documentsOf2018)).containsExactlyInAnyOrderElementsOf(Corpus.paths("ORDER ROADMAP"));
        assertThat(documentsOf2018.facet(SearchFacet.TYPE)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("document", 2L));
        assertThat(documentsOf2018.facet(SearchFacet.YEAR)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("2021", 1L), tuple("2020", 1L), tuple("2018", 2L));
    }

    @Test
    void aSelectedValueThatMatchesNothingStaysListedToBeUnselected() {
        SearchResult result = service.search(SearchQuery.of("оценка").withFilter(SearchFacet.MUNICIPALITY, "Нигдейский район"));
        assertThat(result.total()).isZero();
        assertThat(result.facet(SearchFacet.MUNICIPALITY)).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
                .containsExactly(tuple(Corpus.KOPEYSK, 2L, false), tuple("Нигдейский район", 0L, true));
        assertThat(result.message()).isEqualTo("Ничего не найдено. Попробуйте убрать фильтры или изменить запрос.");
    }

    @Test
    void browsingByDateListsNewestFirstAndUndatedLast() {
        SearchResult result = service.search(SearchQuery.of("").withOrder(SearchQuery.Order.DATE).withPageSize(100));
        assertThat(paths(result)).containsExactlyElementsOf(Corpus.paths("XSS CONFERENCE LOW_RESULTS MENTORING LETTER"
                + " MONITORING ENGLISH REPORT MECHANISM QUALITY RSOKO_NEWS ROADMAP ORDER RSOKO_PAGE"));
    }

    @Test
    void pagesSplitTheListWithoutGapsOrRepeats() {
        SearchQuery first = SearchQuery.of("").withOrder(SearchQuery.Order.DATE).withPageSize(5);
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = service.search(first.withPage(page));
            assertThat(result.total()).isEqualTo(14);
            assertThat(result.pageCount()).isEqualTo(3);
            assertThat(result.hasPrevious()).isEqualTo(page > 1);
            assertThat(result.hasNext()).isEqualTo(page < 3);
            paged.addAll(paths(result));
        }
        assertThat(paged).containsExactlyElementsOf(paths(service.search(first.withPageSize(100))));

        SearchResult beyond = service.search(first.withPage(99));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(14);
    }

    @Test
    void queriesAreClampedToSaneRanges() {
        SearchQuery query = new SearchQuery(null, null, null, -5, 100_000, null);
        assertThat(query.text()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.pageSize()).isEqualTo(SearchQuery.MAX_PAGE_SIZE);
        assertThat(query.order()).isEqualTo(SearchQuery.Order.RELEVANCE);
        assertThat(SearchQuery.of("x").withPage(1_000_000).page()).isEqualTo(SearchQuery.MAX_DEPTH / SearchQuery.DEFAULT_PAGE_SIZE);
        assertThat(SearchQuery.of("x").withFilter(SearchFacet.TYPE, " ", "news ").selected(SearchFacet.TYPE))
                .containsExactly("news");
    }

    private static List<String> paths(SearchResult result) {
        return result.hits().stream().map(SearchHit::path).toList();
    }
}
