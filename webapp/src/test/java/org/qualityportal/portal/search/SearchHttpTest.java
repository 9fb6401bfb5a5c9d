package org.qualityportal.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.SafeHtml;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over HTTP on the seed content: the page and the JSON API, Russian morphology, published
 * changes searchable at once and unpublished ones gone, drafts never found, bad and hostile queries
 * answered without an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchHttpTest extends PortalIntegrationTest {
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String NEWS = "/news/2021/t-search-news";
    private static final String DRAFT = "/news/2021/t-search-draft";
    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Autowired
    ContentStore store;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterAll
    void removeFixtures() {
        for (String path : List.of(NEWS, DRAFT)) {
            store.publisher().unpublish(path, "test");
            store.writer().delete(path);
        }
    }

    @Test
    void seedDocumentsAreFoundByWordFormsAPhraseAndTheirNumber() throws Exception {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(500)).until(() -> total("агломерация") > 0);

        assertThat(titles("дорожной карты")).anyMatch(t -> t.contains("Дорожная карта"));
        assertThat(titles("оценкой качества")).isNotEmpty();
        assertThat(titles("\"образовательная агломерация\"")).isNotEmpty();
        JsonNode answer = api("агломерация");
        assertThat(answer.get("hits").get(0).get("snippet").asString()).contains("<mark>");
        assertThat(answer.get("facets").get("type")).isNotEmpty();
    }

    @Test
    void aPublishedItemIsFoundAtOnceAnUnpublishedOneIsGoneAndDraftsNeverShow() throws Exception {
        store.writer().upsert(DRAFT, item("t-search-draft", "Черновик про квазиоценивание"));
        store.writer().upsert(NEWS, item("t-search-news", "Новость про метаэкспертизу"));
        store.publisher().publish(NEWS, "test");

        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> total("метаэкспертиза") == 1);
        assertThat(total("квазиоценивание")).as("a draft is never found").isZero();

        store.publisher().unpublish(NEWS, "test");
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> total("метаэкспертиза") == 0);
    }

    @Test
    void theSearchPageShowsResultsFacetsAndASuggestionForATypo() throws Exception {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(500)).until(() -> total("агломерация") > 0);

        String page = get("/search?q=" + encode("агломерация")).body();
        assertThat(page).contains("Найдено:", "<mark>", "Уточнить поиск", "name=\"q\" type=\"search\" value=\"агломерация\"");
        assertThat(new HtmlChecker().errors(page)).isEmpty();

        String typo = get("/search?q=" + encode("агламерация")).body();
        assertThat(typo).containsAnyOf("Возможно, вы имели в виду", "Показаны результаты для");
        assertThat(get("/search").body()).contains("Что найти").doesNotContain("Найдено:");
    }

    private static final Pattern FORM_TAG = Pattern.compile("</?([a-z]+)");
    private static final Set<String> FORM_TAGS = Set.of("form", "label", "input", "select", "option", "button");

    @Test
    void badAndHostileQueriesGetAnAnswerNeverAnErrorOrMarkup() throws Exception {
        List<String> bad = List.of("\"незакрытая кавычка", "AND", "OR -", "*", "(((", "оценка\u0000\u0007", "я".repeat(10_000));
        for (String q : bad) {
            assertThat(get("/api/search?q=" + encode(q)).statusCode()).as(q).isEqualTo(200);
            assertThat(get("/search?q=" + encode(q)).statusCode()).as(q).isEqualTo(200);
        }
        // Every payload goes through the search service in the search module's BadQueryTest; here a
        // fixed sample of them (every 25th, about 260) goes through the page and the API.
        List<String> payloads = Files.readAllLines(PAYLOADS);
        for (int i = 0; i < payloads.size(); i += 25) {
            String payload = payloads.get(i);
            if (payload.isBlank()) {
                continue;
            }
            String page = get("/search?q=" + encode(payload)).body();
            int form = page.indexOf("</form>", page.indexOf("<section class=\"search\""));
            String results = page.substring(form + "</form>".length(), page.indexOf("</section>", form))
                    .replaceAll("<nav class=\"(search__facets|pager)\" aria-label=\"[^\"<>]*\">|</nav>", "");
            String formHtml = page.substring(page.indexOf("<form", page.indexOf("<section class=\"search\"")), form);
            assertThat(FORM_TAG.matcher(formHtml).results().map(m -> m.group(1)))
                    .as(payload + " in the search form").allMatch(FORM_TAGS::contains);
            assertThat(formHtml.replaceAll("=\"[^\"]*\"", "=\"\"")).as(payload + " outside attribute values")
                    .doesNotContainPattern("\\son[a-z]+\\s*=");
            SafeHtml.assertSafe(results, payload);
            assertThat(get("/api/search?q=" + encode(payload)).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/search/suggest?q=" + encode("агло")).body()).contains("гломерац");
    }

    private static NodeData item(String name, String title) {
        return NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.ITEM, ContentProperties.CONTENT_TYPE, "news",
                ContentProperties.TEMPLATE, "portal:pages/news", "title", title, "date", "2021-03-01",
                "body", "<p>" + title + "</p>"));
    }

    private JsonNode api(String q) throws Exception {
        return json.readTree(get("/api/search?q=" + encode(q)).body());
    }

    private long total(String q) throws Exception {
        return api(q).get("total").asLong();
    }

    private List<String> titles(String q) throws Exception {
        List<String> titles = new java.util.ArrayList<>();
        api(q).get("hits").forEach(h -> titles.add(h.get("title").asString()));
        return titles;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
