package org.qualityportal.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON delivery API against the running portal and the seed content. */
class DeliveryApiHttpTest extends PortalIntegrationTest {
    /** The shared payload list, one payload a line (as in the templating module's sanitiser test). */
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    /** Markup that could run script in a client that inserts the rich text as HTML. */
    private static final List<Pattern> EXECUTABLE = List.of(
            Pattern.compile("<\\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|button|img|video|audio|frame|frameset|applet)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\s(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ContentStore store;
    @Autowired
    LightModuleRegistry registry;

    @Test
    void documentsIncludeTheOrderWithItsNumberAndDate() {
        JsonNode page = ok("/api/delivery/document");

        JsonNode order = item(page, "2018-03-524");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(order.get("id").asString()).isNotBlank();
        assertThat(order.get("path").asString()).isEqualTo("/documents/orders/2018-03-524");
        assertThat(order.get("url").asString()).isEqualTo("/documents/orders/2018-03-524");
        assertThat(order.get("type").asString()).isEqualTo("document");
        assertThat(order.get("lastModified").asString()).isNotBlank();
        JsonNode fields = order.get("fields");
        assertThat(fields.get("number").asString()).isEqualTo("03/524");
        assertThat(fields.get("date").asString()).isEqualTo("2018-02-28");
        assertThat(fields.get("kind").asString()).isEqualTo("order");
        assertThat(fields.get("body").asString()).contains("<h2>Что установлено приказом</h2>");
        assertThat(fields.get("related").get(0).get("url").asString()).isEqualTo("/documents/roadmaps/roadmap-2018");
        assertThat(fields.get("attachments").isArray()).isTrue();
        assertThat(fields.get("place").asString()).isEqualTo("Челябинск");
    }

    @Test
    void allNineMechanismsAreListed() {
        JsonNode page = ok("/api/delivery/mechanism");

        assertThat(page.get("total").asInt()).isEqualTo(9);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("items").size()).isEqualTo(9);
    }

    @Test
    void filtersNarrowTheListAndTheTotal() {
        assertThat(total("/api/delivery/mechanism?group=results")).isEqualTo(4);
        assertThat(total("/api/delivery/mechanism?group=activity")).isEqualTo(5);
        assertThat(total("/api/delivery/mechanism?group=results&group=activity")).isEqualTo(9);
        assertThat(total("/api/delivery/document?kind=order")).isEqualTo(1);
        assertThat(total("/api/delivery/document?kind=order&status=approved")).isEqualTo(1);
        assertThat(total("/api/delivery/document?date=2018")).isEqualTo(2);
        assertThat(total("/api/delivery/document?date=2017")).isZero();
        assertThat(total("/api/delivery/document?date.from=2018-02-28&date.to=2018-02")).isEqualTo(2);
        assertThat(total("/api/delivery/document?date.from=2018-03")).isZero();
        assertThat(total("/api/delivery/document?related=/documents/roadmaps/roadmap-2018")).isEqualTo(1);
        assertThat(total("/api/delivery/agglomeration-year?year=2021")).isEqualTo(1);
        assertThat(total("/api/delivery/agglomeration-year?year.from=2017&year.to=2018")).isEqualTo(2);
        assertThat(ok("/api/delivery/mechanism?group=results").get("items").valueStream()
                .map(i -> i.get("fields").get("group").asString())).containsOnly("results");
    }

    @Test
    void pagesAddUpToTheTotalWithoutOverlaps() {
        List<String> all = names(ok("/api/delivery/mechanism?sort=code"));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 2) {
            JsonNode page = ok("/api/delivery/mechanism?sort=code&limit=2&offset=" + offset);
            assertThat(page.get("total").asInt()).isEqualTo(9);
            assertThat(page.get("limit").asInt()).isEqualTo(2);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get("items").size()).isEqualTo(offset == 8 ? 1 : 2);
            paged.addAll(names(page));
        }

        assertThat(paged).hasSize(9).doesNotHaveDuplicates().isEqualTo(all);
        assertThat(ok("/api/delivery/mechanism?offset=100").get("items").size()).isZero();
    }

    @Test
    void sortingFollowsTheRequestedKeys() {
        List<String> ascending = codes(ok("/api/delivery/mechanism?sort=code"));
        List<String> descending = codes(ok("/api/delivery/mechanism?sort=-code"));

        assertThat(ascending).first().isEqualTo("1.1");
        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
        assertThat(codes(ok("/api/delivery/mechanism?sort=code&order=desc"))).isEqualTo(descending);
        assertThat(codes(ok("/api/delivery/mechanism?sort=group,-code")))
                .containsExactly("2.5", "2.4", "2.3", "2.2", "2.1", "1.4", "1.3", "1.2", "1.1");
        List<Integer> years = ok("/api/delivery/agglomeration-year?sort=-year").get("items").valueStream()
                .map(i -> i.get("fields").get("year").asInt()).toList();
        assertThat(years).containsExactly(2021, 2018, 2017, 2016);
    }

    @Test
    void theRoadmapCarriesItsNineteenEventsAsObjects() {
        JsonNode roadmap = ok("/api/delivery/document/roadmaps/roadmap-2018");

        JsonNode events = roadmap.get("fields").get("events");
        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isEqualTo(19);
        assertThat(events.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(events.get(0).get("deadline").asString()).isEqualTo("19 февраля");
        assertThat(events.get(0).get("participants").isArray()).isTrue();
        assertThat(events.get(0).get("participants").get(0).asString()).startsWith("Министерство");
        assertThat(events.get(18).get("number").asInt()).isEqualTo(19);
    }

    @Test
    void oneItemIsFoundByIdAndByPath() {
        JsonNode byPath = ok("/api/delivery/document/orders/2018-03-524");
        JsonNode byId = ok("/api/delivery/document/" + byPath.get("id").asString());

        assertThat(byPath.get("path").asString()).isEqualTo("/documents/orders/2018-03-524");
        assertThat(byId).isEqualTo(byPath);
        assertThat(ok("/api/delivery/mechanism/1-1").get("fields").get("code").asString()).isEqualTo("1.1");
    }

    @Test
    void unknownTypesAndItemsAreJson404s() {
        String mechanismId = ok("/api/delivery/mechanism/1-1").get("id").asString();
        for (String path : List.of("/api/delivery/no-such-type", "/api/delivery/no-such-type/x",
                "/api/delivery/document/orders/no-such-order", "/api/delivery/document/" + mechanismId,
                "/api/delivery/document/orders", "/api/delivery/mechanism/1-1/scores")) {
            assertProblem(path, 404);
        }
        assertThat(problem("/api/delivery/no-such-type").get("detail").asString()).contains("не найден", "document");
    }

    @Test
    void badFiltersSortsAndPagesAreJson400s() {
        for (String query : List.of("sort=nothing", "sort=body", "sort=mechanisms", "order=sideways", "foo=1",
                "body=x", "kind=nonsense", "date=2018-13", "date=вчера", "date.from=x", "title.from=a", "limit=0",
                "limit=101", "limit=abc", "offset=-1", "limit=2&limit=3", "kind=")) {
            assertProblem("/api/delivery/document?" + query, 400);
        }
        assertThat(problem("/api/delivery/document?sort=nothing").get("detail").asString()).contains("title", "date");
        assertThat(problem("/api/delivery/document?kind=nonsense").get("detail").asString()).contains("order", "roadmap");
    }

    @Test
    void anUnpublishedItemIsNeitherListedNorCountedNorFound() {
        String id = ok("/api/delivery/mechanism/2-5").get("id").asString();
        store.publisher().unpublish("/mechanisms/2-5", "test");
        try {
            assertThat(total("/api/delivery/mechanism")).isEqualTo(8);
            assertThat(total("/api/delivery/mechanism?group=activity")).isEqualTo(4);
            assertThat(names(ok("/api/delivery/mechanism"))).doesNotContain("2-5");
            assertProblem("/api/delivery/mechanism/2-5", 404);
            assertProblem("/api/delivery/mechanism/" + id, 404);
        } finally {
            store.publisher().publish("/mechanisms/2-5", "test");
        }
        assertThat(total("/api/delivery/mechanism")).isEqualTo(9);
    }

    @Test
    void draftsAreNeverDelivered() {
        store.writer().upsert("/news/2021/api-draft", NodeData.of("api-draft", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", "title", "Черновик", "date", "2021-03-01")));
        try {
            assertThat(names(ok("/api/delivery/news?limit=100"))).doesNotContain("api-draft");
            assertProblem("/api/delivery/news/2021/api-draft", 404);
        } finally {
            store.writer().delete("/news/2021/api-draft");
        }
    }

    @Test
    void richTextIsSanitisedAndAssetsAndLinksAreDescribed() throws IOException {
        List<String> payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8);
        String body = payloads.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
        byte[] pdf = "%PDF-1.4 отчёт".getBytes(StandardCharsets.UTF_8);
        store.writer().upsert("/dam/api-probe", NodeData.of("api-probe", Map.of(ContentProperties.TYPE, NodeKind.ASSET,
                "title", "Отчёт о практике", "file", new BinaryValue("Отчёт.pdf", "application/pdf", pdf.length, "0",
                        () -> new ByteArrayInputStream(pdf)))));
        store.writer().upsert("/practices/api-probe", NodeData.of("api-probe", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "practice", "title", "Практика с опасной разметкой", "year", 2021L,
                "mechanism", "/mechanisms/1-1", "body", body, "attachments", List.of("/dam/api-probe"))));
        store.publisher().publish("/practices/api-probe", "test");
        try {
            JsonNode practice = ok("/api/delivery/practice/api-probe").get("fields");

            String clean = practice.get("body").asString();
            assertThat(payloads).hasSizeGreaterThan(1000);
            assertThat(EXECUTABLE).allSatisfy(p -> assertThat(p.matcher(clean).find()).as(p.pattern()).isFalse());
            assertThat(practice.get("year").asInt()).isEqualTo(2021);
            assertThat(practice.get("mechanism").get("title").asString()).isNotBlank();
            assertThat(practice.get("mechanism").get("url").asString()).isEqualTo("/mechanisms/1-1");
            JsonNode file = practice.get("attachments").get(0);
            assertThat(file.get("url").asString()).isEqualTo("/dam/api-probe");
            assertThat(file.get("title").asString()).isEqualTo("Отчёт о практике");
            assertThat(file.get("mimeType").asString()).isEqualTo("application/pdf");
            assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
            assertThat(total("/api/delivery/practice?mechanism=/mechanisms/1-1&year=2021")).isEqualTo(1);
            // the seed content has practices of mechanism 1-2 too: the probe must just not be among them
            assertThat(ok("/api/delivery/practice?mechanism=/mechanisms/1-2&limit=100").get("items").valueStream()
                    .map(item -> item.get("path").asString())).doesNotContain("/practices/api-probe");
        } finally {
            store.publisher().unpublish("/practices/api-probe", "test");
            store.publisher().unpublish("/dam/api-probe", "test");
            store.writer().delete("/practices/api-probe");
            store.writer().delete("/dam/api-probe");
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryContentType() {
        JsonNode doc = ok("/api/delivery/openapi.json");

        assertThat(doc.get("openapi").asString()).startsWith("3.");
        for (ContentTypeDefinition type : registry.contentTypes()) {
            assertThat(doc.get("paths").has("/api/delivery/" + type.name())).as(type.name()).isTrue();
            assertThat(doc.get("paths").has("/api/delivery/" + type.name() + "/{idOrPath}")).as(type.name()).isTrue();
        }
        JsonNode fields = doc.get("components").get("schemas").get("document").get("properties").get("fields").get("properties");
        assertThat(fields.propertyNames()).containsAll(registry.contentType("document").orElseThrow().fields().stream()
                .map(f -> f.name()).toList()).contains("title", "kind", "number", "date", "events");
        assertThat(fields.get("kind").get("anyOf").get(0).get("enum").valueStream().map(JsonNode::asString))
                .contains("order", "roadmap");
        assertThat(fields.get("events").get("items").get("properties").has("deadline")).isTrue();
    }

    @Test
    void aFieldAddedToAContentTypeAppearsWithoutARestart() throws IOException {
        Path yaml = LIGHT_MODULES.resolve("portal/contentTypes/news.yaml");
        String original = Files.readString(yaml);
        try {
            Files.writeString(yaml, original + "  source: {type: text, label: Источник}\n");

            await().atMost(RELOAD_WAIT).pollInterval(Duration.ofMillis(100)).until(() -> ok("/api/delivery/openapi.json")
                    .get("components").get("schemas").get("news").get("properties").get("fields").get("properties").has("source"));
            assertThat(ok("/api/delivery/news").get("items").get(0).get("fields").has("source")).isTrue();
        } finally {
            Files.writeString(yaml, original);
        }
        await().atMost(RELOAD_WAIT).until(() -> !ok("/api/delivery/news").get("items").get(0).get("fields").has("source"));
    }

    @Test
    void anyOriginMayReadAndAnswersAreCachedBriefly() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/delivery/mechanism"))
                .header("Origin", "https://example.org").GET().build());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/delivery/mechanism"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=60");
        assertThat(preflight.statusCode()).isEqualTo(200);
        // a preflight may name the asking origin instead of "*"; both let any origin read
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isIn("*", "https://example.org");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("GET");
    }

    @Test
    void aWriteIsRefusedAsJson() {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/api/delivery/mechanism"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(post.body()).get("title").asString()).containsPattern(CYRILLIC);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private int total(String path) {
        return ok(path).get("total").asInt();
    }

    private void assertProblem(String path, int status) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "<html");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(path).isEqualTo(status);
        assertThat(problem.get("title").asString()).as(path).containsPattern(CYRILLIC);
        assertThat(problem.get("detail").asString()).as(path).containsPattern(CYRILLIC);
    }

    private JsonNode problem(String path) {
        return JSON.readTree(get(path).body());
    }

    private static JsonNode item(JsonNode page, String name) {
        return page.get("items").valueStream().filter(i -> i.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("name").asString()).toList();
    }

    private static List<String> codes(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("fields").get("code").asString()).toList();
    }
}
