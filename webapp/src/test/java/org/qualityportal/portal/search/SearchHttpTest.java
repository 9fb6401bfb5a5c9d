package org.qualityportal.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.SafeHtml;
import org.qualityportal.portal.site.HtmlChecker;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.portal.security.WebSession;
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
    private static final String PRACTICE = "/practices/t-search-practice";
    private static final String BROKEN = "/dam/t-search-broken";
    private static final String GOOD = "/dam/t-search-good";
    private static final String REPLACED = "/dam/t-search-replaced";
    private static final String ATTACHING = "/practices/t-search-attaching";
    private static final String ROADMAP = "/documents/roadmaps/t-search-roadmap";
    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Autowired
    ContentStore store;
    @Autowired
    Jobs jobs;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterAll
    void removeFixtures() {
        for (String path : List.of(NEWS, DRAFT, PRACTICE, ATTACHING, ROADMAP, BROKEN, GOOD, REPLACED)) {
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
    void practicesHaveNoDateButTheirYearIsAYearFacetAndFilter() throws Exception {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(500)).until(() -> total("агломерация") > 0);

        JsonNode practices = json.readTree(get("/api/search?q=&type=practice").body());
        Map<String, Long> years = new java.util.HashMap<>();
        practices.get("facets").get("year").forEach(v -> years.put(v.get("value").asString(), v.get("count").asLong()));
        assertThat(years).as("the seed's practices by their year").containsEntry("2017", 2L).containsEntry("2018", 3L)
                .containsEntry("2020", 2L);

        JsonNode of2018 = json.readTree(get("/api/search?q=&type=practice&year=2018").body());
        assertThat(of2018.get("total").asLong()).isEqualTo(3);
        of2018.get("hits").forEach(hit -> assertThat(hit.get("type").asString()).isEqualTo("practice"));
    }

    @Test
    void listsInTableRowsDatesAndNumbersAreSearchableAsReadersWriteThem() throws Exception {
        String title = "Дорожная карта для проверки поиска";
        NodeData row = NodeData.of("event-01", Map.of("number", 7L, "section", "Организационное сопровождение",
                "name", "Совещание", "participants", List.of("Совет квазиметодистов", "Школы"), "deadline", "май"));
        NodeData events = NodeData.of("events", Map.of(ContentProperties.TYPE, NodeKind.AREA)).withChild(row);
        store.writer().upsert(ROADMAP, NodeData.of("t-search-roadmap", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "document", "title", title, "kind", "roadmap", "date", "2019-04-15"))
                .withChild(events));
        store.publisher().publish(ROADMAP, "test");

        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> titles("квазиметодистов").contains(title));
        assertThat(titles("дорожная карта 15 апреля 2019")).as("the date as a reader writes it").contains(title);
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
    void attachedFilesAreSearchedByTheirTextAndTheMatchingFileIsNamed() throws Exception {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(500)).until(() -> total("\"изложении редакции\"") > 0);
        JsonNode order = api("\"изложении редакции\"").get("hits").get(0);
        assertThat(order.get("attachment").asString()).isEqualTo("Приказ от 28.02.2018 № 03-524.pdf");
        assertThat(order.get("snippet").asString()).contains("<mark>");
        assertThat(get("/search?q=" + encode("изложении редакции")).body())
                .contains("Во вложении «Приказ от 28.02.2018 № 03-524.pdf»");

        byte[] broken = "%PDF-1.4 не документ".getBytes(StandardCharsets.UTF_8);
        byte[] good = docx("Квазиметодика самообследования школ");
        store.writer().upsert(BROKEN, asset("t-search-broken", "сломанный.pdf", broken));
        store.writer().upsert(GOOD, asset("t-search-good", "хороший.docx", good));
        store.writer().upsert(PRACTICE, NodeData.of("t-search-practice", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "practice", "title", "Практика с вложениями", "year", 2021L,
                "body", "<p>Описание практики.</p>", "attachments", List.of(BROKEN, GOOD))));
        store.publisher().publish(PRACTICE, "test");

        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> total("квазиметодика") == 1);
        JsonNode hit = api("квазиметодика").get("hits").get(0);
        assertThat(hit.get("title").asString()).isEqualTo("Практика с вложениями");
        assertThat(hit.get("attachment").asString()).isEqualTo("хороший.docx");
        assertThat(total("\"Практика с вложениями\"")).as("the broken file did not keep the item out").isEqualTo(1);
    }

    @Test
    void aReplacedFileIsFoundByItsNewTextWithoutPublishingTheItemsAgain() throws Exception {
        String title = "Практика с заменяемым файлом";
        store.writer().upsert(REPLACED, asset("t-search-replaced", "план.docx", docx("Первоначальный протоксилограф")));
        store.publisher().publish(REPLACED, "test");
        store.writer().upsert(ATTACHING, NodeData.of("t-search-attaching", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "practice", "title", title, "year", 2019L,
                "body", "<p>Описание практики.</p>", "attachments", List.of(REPLACED))));
        store.publisher().publish(ATTACHING, "test");
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> titles("протоксилограф").contains(title));

        store.writer().upsert(REPLACED, asset("t-search-replaced", "план.docx", docx("Обновлённый гелиотахометр")));
        store.publisher().publish(REPLACED, "test");
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> titles("гелиотахометр").contains(title));
        assertThat(titles("протоксилограф")).as("the old file's text is gone").doesNotContain(title);

        store.publisher().unpublish(REPLACED, "test");
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(200)).until(() -> !titles("гелиотахометр").contains(title));
        assertThat(titles("\"" + title + "\"")).as("the item itself stays").contains(title);
    }

    private static NodeData asset(String name, String fileName, byte[] bytes) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.ASSET, "title", fileName, "file",
                new BinaryValue(fileName, "application/octet-stream", bytes.length, sha, () -> new ByteArrayInputStream(bytes))));
    }

    private static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void anAdminReindexesWhileTheSiteKeepsFinding() throws Exception {
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(500)).until(() -> total("агломерация") > 0);
        long before = total("агломерация");
        WebSession admin = new WebSession(port);
        admin.login("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/admin/search").body()).contains("Материалов и страниц в индексе", "Переиндексировать");
        assertThat(new HtmlChecker().errors(admin.get("/admin/search").body())).isEmpty();

        HttpResponse<String> started = admin.post("/admin/search/reindex", List.of());
        assertThat(started.statusCode()).isEqualTo(302);
        String id = WebSession.location(started).substring(WebSession.location(started).lastIndexOf('/') + 1);
        Job job = jobs.find(id).orElseThrow();
        List<Long> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
            seen.add(total("агломерация"));
            return job.snapshot().finishedState();
        });
        assertThat(job.snapshot().state()).as(job.snapshot().result()).isEqualTo(Job.State.DONE);
        assertThat(seen).as("found on every request while reindexing").allMatch(n -> n == before);
        assertThat(admin.get("/author/jobs/" + id).body()).contains("Проиндексировано материалов и страниц");
        assertThat(admin.get("/author/audit").body()).contains("Переиндексация поиска");
        assertThat(total("агломерация")).isEqualTo(before);
    }

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
