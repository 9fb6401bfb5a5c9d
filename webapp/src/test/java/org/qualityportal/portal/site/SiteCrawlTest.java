package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualityportal.portal.PortalIntegrationTest;

/** Every page reachable from the home page: no broken internal link, and valid HTML by the Nu Html Checker. */
class SiteCrawlTest extends PortalIntegrationTest {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"(/[^\"#?]*)");
    private static HtmlChecker checker;

    @BeforeAll
    static void checker() throws Exception {
        checker = new HtmlChecker();
    }

    @Test
    void everyPageFromTheHomePageIsThereAndValid() throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < 500) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = get(path);
            statuses.put(path, response.statusCode());
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                List<String> errors = checker.errors(response.body());
                if (!errors.isEmpty()) {
                    invalid.put(path, errors);
                }
                Matcher m = LINK.matcher(response.body());
                while (m.find()) {
                    queue.add(m.group(1));
                }
            }
        }

        assertThat(seen).hasSizeGreaterThanOrEqualTo(12).contains("/documents/orders/2018-03-524",
                "/news/2021/seminar-2021-02-11");
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
        assertThat(invalid).isEmpty();
    }

    @Test
    void theErrorPageIsValidToo() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(checker.errors(missing.body())).isEmpty();
    }
}
