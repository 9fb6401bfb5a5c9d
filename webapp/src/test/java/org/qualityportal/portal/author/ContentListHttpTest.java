package org.qualityportal.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The content apps: counts, the list with status, filter, sort and paging, and bulk publishing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentListHttpTest extends PortalIntegrationTest {
    private static final String ITEM = "/news/2021/t-author-list";
    private static final String URL = "/news/2021/t-author-list";

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;

    private WebSession editor;
    private WebSession publisher;

    @BeforeAll
    void signIn() {
        editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        publisher = TestUsers.signedIn(accounts, port, Role.PUBLISHER);
    }

    @AfterAll
    void removeUsers() {
        TestUsers.deleteAll(accounts);
    }

    @Test
    void theDashboardListsTheContentTypesWithCounts() {
        String page = editor.get("/author").body();

        assertThat(page).contains("href=\"/author/content/news\"", "Новость", "href=\"/author/content/document\"");
        assertThat(page).containsPattern("Механизм.*</a></th>\\s*<td>9</td>");
    }

    @Test
    void theListFiltersSortsAndPages() {
        String filtered = editor.get("/author/content/news?q=АГЛОМЕРАЦИЯ").body();
        String all = editor.get("/author/content/document?sort=title&dir=asc").body();

        assertThat(filtered).contains("Образовательная агломерация определила планы на 2021 год", "Опубликован")
                .contains("<th scope=\"col\" aria-sort=\"descending\"><a href=\"?q=");
        assertThat(all).contains("aria-sort=\"ascending\"><a href=\"?sort=title&amp;dir=desc\">Название");
        assertThat(editor.get("/author/content/news?q=нет-такого-текста").body()).contains("Ничего не найдено.");
        assertThat(editor.get("/author/content/news?page=абв&sort=что-то").statusCode()).isEqualTo(200);
        assertThat(editor.get("/author/content/no-such-type").statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersByTheTypesFacetFieldsAndByStatusKeepingFiltersInItsLinks() throws Exception {
        String all = editor.get("/author/content/document").body();
        assertThat(all).contains("<label for=\"filter-kind\">Вид документа</label>", "<option value=\"order\">Приказ</option>",
                "<option value=\"roadmap\">Дорожная карта</option>", "<label for=\"filter-date\">Дата</label>",
                "<option value=\"2018\">2018</option>", "<label for=\"filter-state\">Состояние</label>", "Найдено: 2.");
        assertThat(new org.qualityportal.portal.site.HtmlChecker().errors(all)).isEmpty();

        String orders = editor.get("/author/content/document?f.kind=order&f.date=2018").body();
        assertThat(orders).contains("Найдено: 1.", "/documents/orders/2018-03-524", "<option value=\"order\" selected>",
                "href=\"?f.date=2018&amp;f.kind=order&amp;sort=title", "Сбросить")
                .doesNotContain("/documents/roadmaps/roadmap-2018</code>");
        assertThat(editor.get("/author/content/document?f.date=2017").body()).contains("Найдено: 0.");
        assertThat(editor.get("/author/content/document?state=not_published").body()).contains("Найдено: 0.");
        assertThat(editor.get("/author/content/document?state=published").body()).contains("Найдено: 2.");
        assertThat(editor.get("/author/content/document?state=bad&f.kind=%3Cscript%3E").statusCode()).isEqualTo(200);
        assertThat(editor.get("/author/content/document?f.kind=%3Cscript%3E").body()).doesNotContain("<script>")
                .contains("Найдено: 0.");
    }

    @Test
    void anAuthorSideChangeShowsAsModifiedAndBulkPublishingMakesItPublic() {
        try {
            write("Проверочная новость");
            store.publisher().publish(ITEM, "setup");
            write("Проверочная новость, исправленная");

            String list = editor.get("/author/content/news?q=проверочная").body();
            assertThat(list).contains("Проверочная новость, исправленная", "status--modified\">Изменён после публикации");
            assertThat(get(URL).body()).doesNotContain("исправленная");
            assertThat(editor.get("/author/content/news").body()).doesNotContain("name=\"paths\"");

            HttpResponse<String> refused = editor.post("/author/content/news/publish", List.of("paths", ITEM));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(get(URL).body()).doesNotContain("исправленная");

            String back = "?q=" + URLEncoder.encode("проверочная", StandardCharsets.UTF_8);
            HttpResponse<String> published = publisher.post("/author/content/news/publish",
                    List.of("paths", ITEM, "back", back));
            assertThat(published.statusCode()).isEqualTo(302);
            assertThat(WebSession.location(published)).endsWith("/author/content/news" + back);
            assertThat(get(URL).body()).contains("Проверочная новость, исправленная");
            assertThat(store.view(Workspace.LIVE).get(ITEM).orElseThrow().audit().publishedBy())
                    .isEqualTo(TestUsers.username(Role.PUBLISHER));
            assertThat(publisher.get("/author/content/news?q=проверочная").body())
                    .contains("Опубликовано: 1.", "status--published").doesNotContain("status--modified");

            publisher.post("/author/content/news/unpublish", List.of("paths", ITEM));
            assertThat(get(URL).statusCode()).isEqualTo(404);
            assertThat(publisher.get("/author/content/news?q=проверочная").body()).contains(
                    "status--not-published\">Не опубликован");
        } finally {
            store.publisher().unpublish(ITEM, "cleanup");
            store.writer().delete(ITEM);
        }
    }

    @Test
    void pathsOfOtherTypesOrOutsideTheTreeAreIgnored() {
        HttpResponse<String> response = publisher.post("/author/content/news/publish",
                List.of("paths", "/users/admin", "paths", "/documents/orders/2018-03-524", "paths", "../x"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(store.view(Workspace.LIVE).get("/users/admin")).isEmpty();
        assertThat(publisher.get("/author/content/news").body()).contains("Ничего не выбрано.");
    }

    private void write(String title) {
        store.writer().upsert(ITEM, NodeData.of("t-author-list", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                "title", title, "date", "2021-03-01")));
    }
}
