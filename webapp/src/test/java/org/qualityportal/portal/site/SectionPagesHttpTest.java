package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The section pages over real HTTP with the seed content: mechanisms by group with their scores,
 * archives by year with paging, the practice filters, the conference schedule, the agglomeration
 * by year, and the version for the visually impaired.
 */
class SectionPagesHttpTest extends PortalIntegrationTest {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Autowired
    ContentStore store;

    @Test
    void theMechanismsPageShowsBothGroupsWithAllNineMechanismsAndTheir2020Scores() {
        String html = body("/mechanisms");

        assertThat(html).contains("1. Управление качеством образовательных результатов",
                "2. Управление качеством образовательной деятельности");
        assertThat(count(html, "class=\"card__link\" href=\"/mechanisms/")).isEqualTo(9);
        String group1 = section(html, "mechanism-group-1");
        String group2 = section(html, "mechanism-group-2");
        assertThat(count(group1, "href=\"/mechanisms/1-")).isEqualTo(4);
        assertThat(count(group2, "href=\"/mechanisms/2-")).isEqualTo(5);
        List<String> chartRows = rows(section(html, "chart__table"));
        assertThat(chartRows).hasSize(10).contains("1.1 42 % 84 %");
    }

    @Test
    void aMechanismPageShowsItsScoresAsChartAndTableItsCycleStagesAndWhatNamesIt() {
        String html = body("/mechanisms/1-1");

        assertThat(html).contains("<svg class=\"chart__svg\"", "role=\"img\"");
        assertThat(rows(html)).contains("2020 42 % 84 %");
        assertThat(html).contains("Цели", "Показатели", "Методы сбора информации", "Мониторинг", "Анализ результатов",
                "Адресные рекомендации", "Управленческие решения", "Анализ эффективности принятых мер");
        assertThat(html).contains("href=\"/conferences/series-2021/otsenka-podgotovki\"",
                "href=\"/practices/konferentsiya-otsenka-podgotovki\"");
    }

    @Test
    void practicesAreFilteredOnTheServerByMechanismYearAndMunicipality() {
        assertThat(body("/practices")).contains("Найдено практик: 13");
        String byMechanism = body("/practices?mechanism=/mechanisms/1-4");
        assertThat(byMechanism).contains("Найдено практик: 1", "href=\"/practices/konferentsiya-proforientatsiya\"")
                .contains("<option value=\"/mechanisms/1-4\" selected>");
        assertThat(body("/practices?year=2018")).contains("Найдено практик: 3");
        assertThat(body("/practices?year=2018&mechanism=/mechanisms/1-4")).contains("Найдено практик: 0",
                "Практик с такими условиями нет");
        assertThat(body("/practices?year=1900&mechanism=<script>")).contains("Найдено практик: 13")
                .doesNotContain("<script>");

        String path = "/practices/fixture-kopeysk";
        store.writer().upsert(path, NodeData.of("fixture-kopeysk", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "practice", ContentProperties.TEMPLATE, "portal:pages/item",
                "title", "Практика фикстуры Копейска", "year", 2021L, "municipality", "/municipalities/kopeysk")));
        store.publisher().publish(path, "test");
        try {
            String byMunicipality = body("/practices?municipality=/municipalities/kopeysk");
            assertThat(byMunicipality).contains("Найдено практик: 1", "Практика фикстуры Копейска");
        } finally {
            store.publisher().unpublish(path, "test");
            store.writer().delete(path);
        }
    }

    @Test
    void archivesGoByYearAndPage() {
        assertThat(body("/news?year=2021")).contains("Архив новостей — 2021", "seminar-2021-02-11");
        assertThat(body("/documents")).contains("href=\"/documents?year=2018\"", "2018-03-524");
        assertThat(get("/documents?year=abc&page=-1").statusCode()).isEqualTo(200);

        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String name = "fixture-%02d".formatted(i);
            String path = "/news/2021/" + name;
            store.writer().upsert(path, NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                    ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                    "title", "Новость архива " + i, "date", "2019-03-%02d".formatted(i))));
            store.publisher().publish(path, "test");
            paths.add(path);
        }
        try {
            // archives are read from the search index, which follows publishing within moments
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> body("/news?year=2019").contains("Материалов: 12"));
            String first = body("/news?year=2019");
            assertThat(count(first, "class=\"item-list__link\"")).isEqualTo(10);
            assertThat(first).contains("Материалов: 12", "Страница 1 из 2", "href=\"/news?page=2&amp;year=2019\" rel=\"next\"",
                    "Новость архива 12").doesNotContain("Новость архива 2<");
            String second = body("/news?year=2019&page=2");
            assertThat(count(second, "class=\"item-list__link\"")).isEqualTo(2);
            assertThat(second).contains("Новость архива 2<", "Новость архива 1<", "rel=\"prev\"");
            assertThat(body("/news?year=2019&page=99")).contains("Страница 2 из 2");
        } finally {
            paths.forEach(p -> {
                store.publisher().unpublish(p, "test");
                store.writer().delete(p);
            });
        }
    }

    @Test
    void theConferencesPageHasTheSeriesAsAScheduleInDateOrder() {
        String schedule = section(body("/conferences"), "schedule-series");
        List<String> rows = rows(schedule);

        assertThat(rows).hasSize(9);
        assertThat(rows.get(1)).startsWith("3 декабря 2020 г. Система оценки качества подготовки обучающихся 1.1");
        assertThat(rows.get(8)).startsWith("16 марта 2021 г. Итоговая");
        assertThat(schedule).contains("ЧИРПО", "ЧОМЛИ", "ГБНОУ ОК «Смена»");
    }

    @Test
    void theAgglomerationPageShowsMembershipByYearAsChartTableAndMemberLists() {
        String html = body("/agglomeration");

        assertThat(rows(section(html, "chart__table"))).containsSubsequence("2016 9", "2017 15", "2018 21", "2021 32");
        assertThat(count(section(html, "agglomeration-membership-2016"), "<li><a href=\"/municipalities/")).isEqualTo(9);
        assertThat(count(section(html, "agglomeration-membership-2017"), "<li><a href=\"/municipalities/")).isEqualTo(15);
        assertThat(count(section(html, "agglomeration-membership-2018"), "<li><a href=\"/municipalities/")).isEqualTo(21);
        assertThat(section(html, "agglomeration-membership-2021")).contains("Доля от всех муниципалитетов области — 74",
                "Участников мероприятий — 381");
    }

    @Test
    void theVersionForTheVisuallyImpairedIsSwitchedByALinkAndRemembered() {
        HttpResponse<String> on = get("/low-vision?mode=on&back=/news");
        assertThat(on.statusCode()).isEqualTo(303);
        assertThat(on.headers().firstValue("Location")).contains("/news");
        String cookie = on.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("qp-low-vision=on").contains("Path=/", "HttpOnly", "SameSite=Lax");

        for (String page : List.of("/news", "/mechanisms/1-1")) {
            HttpResponse<String> seen = send(HttpRequest.newBuilder(uri(page)).header("Cookie", "qp-low-vision=on").build());
            assertThat(seen.body()).contains("<html lang=\"ru\" class=\"low-vision\">", "Обычная версия сайта");
            assertThat(seen.headers().allValues("Vary")).anyMatch(v -> v.contains("Cookie"));
        }
        assertThat(body("/news")).contains("<html lang=\"ru\">", "Версия для слабовидящих");

        HttpResponse<String> off = get("/low-vision?mode=off&back=/news");
        assertThat(off.headers().firstValue("Set-Cookie")).get().asString().contains("Max-Age=0");
        assertThat(get("/low-vision?mode=on&back=//evil.example/x").headers().firstValue("Location")).contains("/");
        assertThat(get("/low-vision?mode=on&back=https://evil.example/").headers().firstValue("Location")).contains("/");
    }

    private String body(String path) {
        HttpResponse<String> response = get(path.replace("<", "%3C").replace(">", "%3E"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The element that carries {@code marker} (an id or class), up to its closing section/figure. */
    private static String section(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int end = html.indexOf("</section>", at);
        int figure = html.indexOf("</figure>", at);
        if (figure >= 0 && (end < 0 || figure < end)) {
            end = figure;
        }
        return html.substring(at, end < 0 ? html.length() : end);
    }

    /** Table rows as their cell texts joined by single spaces. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(TAG.matcher(m.group(1)).replaceAll(" ").replace('\u00A0', ' ').replaceAll("\\s+", " ").trim());
        }
        return rows;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
