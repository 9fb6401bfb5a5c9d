package org.qualityportal.portal.author.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site tree and the page editor over HTTP: pages created with an allowed template, renamed,
 * moved, copied and deleted; components added per area from its list, reordered, edited through their
 * dialogs (rich text sanitised) and removed; a page and its sub-pages published, the public site
 * following.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesHttpTest extends PortalIntegrationTest {
    private static final String HOME = "/website/home";
    private static final String PAGE = HOME + "/t-pages";

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jobs jobs;

    private WebSession editor;
    private WebSession publisher;
    private HtmlChecker html;

    @BeforeAll
    void signIn() throws Exception {
        editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        publisher = TestUsers.signedIn(accounts, port, Role.PUBLISHER);
        html = new HtmlChecker();
    }

    @AfterEach
    void removePages() {
        for (String path : List.of(PAGE, HOME + "/t-moved", HOME + "/t-pages-kopiya")) {
            store.publisher().unpublish(path, "cleanup");
            store.writer().delete(path);
        }
    }

    @AfterAll
    void removeUsers() {
        TestUsers.deleteAll(accounts);
    }

    @Test
    void pagesAreCreatedWithAnAllowedTemplateRenamedMovedCopiedAndDeleted() throws Exception {
        String form = editor.get("/author/pages/new?parent=" + HOME).body();
        assertThat(form).contains("Новая страница в разделе «Портал оценки качества образования", "<option value=\"portal:pages/general\"")
                .doesNotContain("portal:pages/news", "portal:pages/error");
        assertThat(html.errors(form)).isEmpty();

        HttpResponse<String> refused = editor.post("/author/pages/new", List.of("parent", HOME, "title", "",
                "name", "Плохое Имя", "template", "portal:pages/news"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Укажите заголовок страницы.", "строчные латинские буквы",
                "Выберите шаблон из списка.", "value=\"Плохое Имя\"");
        assertThat(html.errors(refused.body())).isEmpty();

        HttpResponse<String> created = create(HOME, "Проверка страниц", "t-pages");
        assertThat(WebSession.location(created)).endsWith("/author/page?path=%2Fwebsite%2Fhome%2Ft-pages");
        assertThat(store.view(Workspace.AUTHOR).get(PAGE).orElseThrow().template()).isEqualTo("portal:pages/general");
        create(PAGE, "Подстраница", "");
        assertThat(store.view(Workspace.AUTHOR).get(PAGE + "/podstranitsa")).as("name made from the title").isPresent();
        assertThat(create(HOME, "Ещё раз", "t-pages").statusCode()).as("name taken").isEqualTo(422);

        String tree = editor.get("/author/pages").body();
        assertThat(tree).contains("Страницы сайта", "Проверка страниц", "Подстраница", PAGE + "/podstranitsa",
                "Не опубликован");
        assertThat(html.errors(tree)).isEmpty();

        HttpResponse<String> intoItself = editor.post("/author/pages/move", List.of("path", PAGE, "parent", PAGE + "/podstranitsa",
                "name", "t-pages"));
        assertThat(intoItself.statusCode()).isEqualTo(422);
        assertThat(intoItself.body()).contains("не саму страницу и не её подстраницы");
        HttpResponse<String> moved = editor.post("/author/pages/move", List.of("path", PAGE + "/podstranitsa", "parent", HOME,
                "name", "t-moved"));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(store.view(Workspace.AUTHOR).get(HOME + "/t-moved")).isPresent();
        assertThat(store.view(Workspace.AUTHOR).get(PAGE + "/podstranitsa")).isEmpty();
        assertThat(html.errors(editor.get("/author/pages/move?path=" + HOME + "/t-moved").body())).isEmpty();

        editor.post("/author/pages/copy", List.of("path", PAGE));
        Content copy = store.view(Workspace.AUTHOR).get(HOME + "/t-pages-kopiya").orElseThrow();
        assertThat(copy.string("title")).isEqualTo("Проверка страниц");
        assertThat(store.publisher().status(copy.path())).isEqualTo(PublicationStatus.NOT_PUBLISHED);

        assertThat(editor.get("/author/pages/delete?path=" + HOME + "/t-pages-kopiya").body()).contains("Удалить страницу «Проверка страниц»?");
        editor.post("/author/pages/delete", List.of("path", HOME + "/t-pages-kopiya"));
        assertThat(store.view(Workspace.AUTHOR).get(HOME + "/t-pages-kopiya")).isEmpty();
        assertThat(editor.get("/author/audit?path=" + HOME + "/t-").body())
                .contains("Создание", "Перемещение", "Удаление");
        assertThat(editor.get("/author/pages/delete?path=" + HOME).statusCode()).as("the home page stays").isEqualTo(404);
    }

    @Test
    void componentsAreAddedFromTheAreaListReorderedEditedAndRemoved() throws Exception {
        create(HOME, "Страница с компонентами", "t-pages");

        HttpResponse<String> added = editor.post("/author/page/components/add", List.of("path", PAGE, "area", "main",
                "template", "portal:components/text"));
        assertThat(WebSession.location(added)).contains("/author/page/component?path=", "area=main", "name=text");
        String dialog = editor.get("/author/page/component?path=" + PAGE + "&area=main&name=text").body();
        assertThat(dialog).contains("<h1 class=\"page-title\">Текст</h1>", "name=\"f.text\"");
        assertThat(html.errors(dialog)).isEmpty();

        HttpResponse<String> missing = editor.post("/author/page/component?path=" + PAGE + "&area=main&name=text",
                List.of("f.heading", "Введение", "f.text", ""));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("value=\"Введение\"");
        editor.post("/author/page/component?path=" + PAGE + "&area=main&name=text",
                List.of("f.heading", "Введение", "f.text", "<p>Первый абзац</p><script>alert(1)</script><img src=x onerror=alert(2)>"));
        String text = store.view(Workspace.AUTHOR).get(PAGE + "/main/text").orElseThrow().string("text");
        assertThat(text).contains("Первый абзац").doesNotContain("<script", "onerror");

        editor.post("/author/page/components/add", List.of("path", PAGE, "area", "main", "template", "portal:components/text"));
        editor.post("/author/page/component?path=" + PAGE + "&area=main&name=text-2", List.of("f.text", "<p>Второй абзац</p>"));
        assertThat(names(PAGE + "/main")).containsExactly("text", "text-2");
        editor.post("/author/page/components/shift", List.of("path", PAGE, "area", "main", "name", "text-2", "step", "-1"));
        assertThat(names(PAGE + "/main")).containsExactly("text-2", "text");

        HttpResponse<String> notHere = editor.post("/author/page/components/add", List.of("path", PAGE, "area", "aside",
                "template", "portal:components/itemList"));
        assertThat(notHere.statusCode()).isEqualTo(302);
        assertThat(store.view(Workspace.AUTHOR).get(PAGE + "/aside")).isEmpty();

        String editorPage = editor.get("/author/page?path=" + PAGE).body();
        assertThat(editorPage).contains("Основное содержание", "Боковая колонка", "Второй абзац", "Первый абзац",
                "Новый компонент в области «Боковая колонка»", "Свойства страницы");
        assertThat(editorPage.indexOf("Второй абзац")).isLessThan(editorPage.indexOf("Первый абзац"));
        assertThat(html.errors(editorPage)).isEmpty();
        assertThat(editor.get("/author/preview?path=" + PAGE).body()).contains("Второй абзац", "Первый абзац")
                .doesNotContain("<script>alert(1)");

        editor.post("/author/page/components/remove", List.of("path", PAGE, "area", "main", "name", "text-2"));
        assertThat(names(PAGE + "/main")).containsExactly("text");

        HttpResponse<String> noTitle = editor.post("/author/page?path=" + PAGE, List.of("f.title", ""));
        assertThat(noTitle.statusCode()).isEqualTo(422);
        editor.post("/author/page?path=" + PAGE, List.of("f.title", "Новый заголовок", "f.navTitle", "Кратко"));
        assertThat(store.view(Workspace.AUTHOR).get(PAGE).orElseThrow().string("title")).isEqualTo("Новый заголовок");
        assertThat(names(PAGE + "/main")).as("components kept when the page's fields are saved").containsExactly("text");
    }

    @Test
    void aPageIsPublishedAloneOrWithItsSubPagesByPublishersOnly() throws Exception {
        create(HOME, "Опубликуемая страница", "t-pages");
        create(PAGE, "Вложенная", "t-child");

        assertThat(editor.post("/author/pages/publish", List.of("path", PAGE)).statusCode()).isEqualTo(403);
        publisher.post("/author/pages/publish", List.of("path", PAGE + "/t-child"));
        assertThat(store.view(Workspace.LIVE).get(PAGE + "/t-child")).as("its parent is not public yet").isEmpty();

        publisher.post("/author/pages/publish", List.of("path", PAGE));
        assertThat(get("/t-pages").statusCode()).isEqualTo(200);
        assertThat(get("/t-pages").body()).contains("Опубликуемая страница");
        assertThat(store.view(Workspace.LIVE).get(PAGE + "/t-child")).isEmpty();

        HttpResponse<String> started = publisher.post("/author/pages/publish-tree", List.of("path", PAGE));
        String location = WebSession.location(started);
        assertThat(location).contains("/author/jobs/");
        var job = jobs.find(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> job.snapshot().finishedState());
        assertThat(job.snapshot().result()).isEqualTo("Опубликовано: 2 из 2.");
        assertThat(get("/t-pages/t-child").statusCode()).isEqualTo(200);

        publisher.post("/author/pages/unpublish", List.of("path", PAGE));
        assertThat(get("/t-pages").statusCode()).isEqualTo(404);
        assertThat(get("/t-pages/t-child").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> create(String parent, String title, String name) {
        return editor.post("/author/pages/new", List.of("parent", parent, "title", title, "name", name,
                "template", "portal:pages/general"));
    }

    private List<String> names(String area) {
        return store.view(Workspace.AUTHOR).children(area).stream().map(Content::name).toList();
    }
}
