package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualityportal.portal.PortalIntegrationTest;

/** Every page reachable from the home page: no broken internal link, and valid HTML by the Nu Html Checker. */
class SiteCrawlTest extends PortalIntegrationTest {
    private static HtmlChecker checker;

    @BeforeAll
    static void checker() throws Exception {
        checker = new HtmlChecker();
    }

    @Test
    void everyPageFromTheHomePageIsThereAndValid() throws Exception {
        Map<String, Integer> clicks = new LinkedHashMap<>();
        Map<String, HttpResponse<String>> pages = SiteCrawler.crawl(this::get, clicks);
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        for (Map.Entry<String, HttpResponse<String>> page : pages.entrySet()) {
            if (SiteCrawler.isHtml(page.getValue())) {
                List<String> errors = checker.errors(page.getValue().body());
                if (!errors.isEmpty()) {
                    invalid.put(page.getKey(), errors);
                }
            }
        }

        assertThat(pages).hasSizeGreaterThanOrEqualTo(12).containsKeys("/documents/orders/2018-03-524",
                "/news/2021/seminar-2021-02-11");
        assertThat(pages).allSatisfy((path, response) -> assertThat(response.statusCode()).as(path).isEqualTo(200));
        assertThat(invalid).isEmpty();
        assertThat(pages.keySet()).as("pages of query links: archive years, pager, filters")
                .anyMatch(p -> p.startsWith("/documents?year=")).anyMatch(p -> p.startsWith("/conferences?year="));
    }

    /** Every fact of the seed content sits on a page at most three clicks from the home page. */
    @Test
    void everyPageWithSeedFactsIsAtMostThreeClicksFromTheHomePage() {
        Map<String, Integer> clicks = new LinkedHashMap<>();
        SiteCrawler.crawl(this::get, clicks);

        assertThat(clicks).containsKeys("/mechanisms/1-1", "/mechanisms/2-5", "/documents/orders/2018-03-524",
                "/documents/roadmaps/roadmap-2018", "/conferences/series-2021/itogovaya",
                "/conferences/materials/agglomeration-2018", "/conferences/materials/barabas-2021",
                "/municipalities/kopeysk", "/municipalities/agglomeration/year-2021", "/news/2021/seminar-2021-02-11",
                "/practices/2018-tipovye-resheniya");
        Map<String, Integer> deeper = new LinkedHashMap<>();
        clicks.forEach((page, n) -> {
            if (n > 3 && !page.contains("?")) {
                deeper.put(page, n);
            }
        });
        assertThat(deeper).as("pages more than three clicks from home").isEmpty();
    }

    @Test
    void theErrorPageIsValidToo() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(checker.errors(missing.body())).isEmpty();
    }
}
