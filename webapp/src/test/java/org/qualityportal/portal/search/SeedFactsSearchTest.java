package org.qualityportal.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.search.SearchHit;
import org.qualityportal.search.SearchQuery;
import org.qualityportal.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measure of done: every fact of the seed content is found by a query a teacher would type —
 * other word forms than the text's, no title copied — with its item among the first five results.
 * The queries and the facts they check are in {@code search/seed-facts.csv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedFactsSearchTest extends PortalIntegrationTest {
    private static final int TOP = 5;

    @Autowired
    SearchService search;

    @BeforeAll
    void seedIndexed() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> search.isComplete() && search.search(SearchQuery.of("агломерация")).total() > 0);
    }

    @ParameterizedTest(name = "«{0}» finds {1} ({2})")
    @CsvFileSource(resources = "/search/seed-facts.csv", delimiter = ';', numLinesToSkip = 1, encoding = "UTF-8")
    void aTeachersQueryFindsTheItemWithTheFact(String query, String path, String fact) {
        List<String> top = search.search(SearchQuery.of(query)).hits().stream().limit(TOP).map(SearchHit::path).toList();
        assertThat(top).as("the first %d results for «%s» (%s)", TOP, query, fact).contains(path);
    }
}
