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
        Map<String, HttpResponse<String>> pages = SiteCrawler.crawl(this::get);
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
    }

    @Test
    void theErrorPageIsValidToo() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(checker.errors(missing.body())).isEmpty();
    }
}
