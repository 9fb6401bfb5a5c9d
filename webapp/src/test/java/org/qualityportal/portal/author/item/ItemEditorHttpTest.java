package org.qualityportal.portal.author.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.SafeHtml;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The item editor over HTTP: a document created from the generated form, validation that keeps
 * what was typed, publishing, editing a published item, versions compared and restored, composite
 * rows, and rich text sanitised.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemEditorHttpTest extends PortalIntegrationTest {
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String FOLDER = "/documents/orders";
    private static final String SLUG = "t-prikaz-o-monitoringe";
    private static final String PATH = FOLDER + "/" + SLUG;

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;

    private WebSession editor;
    private WebSession publisher;
    private HtmlChecker checker;

    @BeforeAll
    void signIn() throws Exception {
        editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        publisher = TestUsers.signedIn(accounts, port, Role.PUBLISHER);
        checker = new HtmlChecker();
    }

    @AfterEach
    void removeFixture() {
        store.publisher().unpublish(PATH, "test");
        store.writer().delete(PATH);
    }

    @AfterAll
    void removeUsers() {
        TestUsers.deleteAll(accounts);
    }

    private static List<String> document(String title, String date, String... more) {
        List<String> fields = new ArrayList<>(List.of("folder", FOLDER, "name", SLUG, "f.title", title,
                "f.kind", "order", "f.date", date, "f.status", "approved", "f.number", "99/1",
                "f.attachments", "/dam/documents/order-2018-03-524", "f.mechanisms", "/mechanisms/1-1",
                "f.body", "<p>Текст приказа о мониторинге.</p>"));
        fields.addAll(List.of(more));
        return fields;
    }

    @Test
    void aNewDocumentIsADraftUntilPublishedThenAppearsOnTheSiteAndInTheFeed() throws Exception {
        String form = editor.get("/author/content/document/new").body();
        assertThat(form).contains("Новый материал: Документ", "Мероприятия дорожной карты", "Вид документа",
                "<option value=\"order\">Приказ</option>", "value=\"/mechanisms/1-1\"", "data-rich-text");
        assertThat(checker.errors(form)).isEmpty();

        HttpResponse<String> created = editor.post("/author/content/document/new",
                document("Приказ о мониторинге качества", "2026-11-20"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(created)).endsWith("/author/item?path=" + PATH);
        Content stored = store.view(Workspace.AUTHOR).get(PATH).orElseThrow();
        assertThat(stored.properties()).containsEntry("title", "Приказ о мониторинге качества")
                .containsEntry("kind", "order").containsEntry("date", "2026-11-20")
                .containsEntry("attachments", List.of("/dam/documents/order-2018-03-524"))
                .containsEntry("mechanisms", List.of("/mechanisms/1-1"));
        assertThat(stored.contentType()).isEqualTo("document");
        assertThat(get("/documents/orders/" + SLUG).statusCode()).isEqualTo(404);

        String page = editor.get("/author/item?path=" + PATH).body();
        assertThat(page).contains("Материал создан как черновик", "Не опубликован").doesNotContain("Опубликовать изменения");
        assertThat(checker.errors(page)).isEmpty();

        assertThat(editor.post("/author/item/publish", List.of("path", PATH)).statusCode()).isEqualTo(403);
        assertThat(publisher.post("/author/item/publish", List.of("path", PATH)).statusCode()).isEqualTo(303);

        HttpResponse<String> live = get("/documents/orders/" + SLUG);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("Приказ о мониторинге качества", "Текст приказа о мониторинге.");
        assertThat(get("/feed.atom").body()).contains("Приказ о мониторинге качества");
    }

    @Test
    void problemsAreShownBesideTheirFieldsAndNothingTypedIsLost() throws Exception {
        HttpResponse<String> response = editor.post("/author/content/document/new",
                document("", "20.11.2026", "r.events.count", "1", "r.events.0.number", "первое",
                        "r.events.0.name", "Семинар для МОУО", "r.events.0.participants", "РЦОКИО\nМОУО"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Заполните поле «Название»", "ГГГГ-ММ-ДД", "20.11.2026",
                "value=\"первое\"", "Семинар для МОУО", "РЦОКИО\nМОУО", "href=\"#r-events-0-number\"");
        assertThat(checker.errors(response.body())).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).get(PATH)).isEmpty();
    }

    @Test
    void aCompositeFieldGetsAnEmptyRowWithoutSavingAndRowsAreStoredInOrder() {
        HttpResponse<String> added = editor.post("/author/content/document/new",
                document("Дорожная карта", "2026-11-20", "r.events.count", "0", "_addRow", "events"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"r.events.count\" value=\"1\"", "id=\"r-events-0-deadline\"");
        assertThat(store.view(Workspace.AUTHOR).get(PATH)).isEmpty();

        HttpResponse<String> saved = editor.post("/author/content/document/new", document("Дорожная карта", "2026-11-20",
                "r.events.count", "3",
                "r.events.0.number", "1", "r.events.0.section", "Раздел", "r.events.0.name", "Съезд",
                "r.events.0.deadline", "февраль", "r.events.0.participants", "ГБУ ДПО РЦОКИО\nМОУО",
                "r.events.1.number", "2", "r.events.1.section", "Раздел", "r.events.1.name", "Удаляемое",
                "r.events.1.deadline", "март", "r.events.1._remove", "on",
                "r.events.2.number", "3", "r.events.2.section", "Раздел", "r.events.2.name", "Форум",
                "r.events.2.deadline", "декабрь"));

        assertThat(saved.statusCode()).isEqualTo(303);
        List<Content> rows = store.view(Workspace.AUTHOR).children(PATH + "/events");
        assertThat(rows).extracting(r -> r.string("name")).containsExactly("Съезд", "Форум");
        assertThat(rows.get(0).properties()).containsEntry("number", 1L)
                .containsEntry("participants", List.of("ГБУ ДПО РЦОКИО", "МОУО"));
    }

    @Test
    void thePublicKeepsThePublishedVersionUntilRepublishedAndAVersionCanBeRestored() throws Exception {
        editor.post("/author/content/document/new", document("Первая редакция", "2026-11-20"));
        editor.get("/author/item?path=" + PATH);
        publisher.post("/author/item/publish", List.of("path", PATH));

        HttpResponse<String> edited = editor.post("/author/item?path=" + PATH, document("Вторая редакция", "2026-11-21"));
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(editor.get("/author/item?path=" + PATH).body()).contains("Изменения сохранены", "Изменён после публикации");
        assertThat(get("/documents/orders/" + SLUG).body()).contains("Первая редакция").doesNotContain("Вторая редакция");
        assertThat(editor.get("/author/preview?path=" + PATH).body()).contains("Вторая редакция");

        publisher.post("/author/item/publish", List.of("path", PATH));
        assertThat(get("/documents/orders/" + SLUG).body()).contains("Вторая редакция");

        String history = editor.get("/author/item/versions?path=" + PATH + "&from=1&to=2").body();
        assertThat(history).contains("Версия 1", "Версия 2", TestUsers.username(Role.PUBLISHER), "изменено",
                "Первая редакция", "Вторая редакция");
        assertThat(checker.errors(history)).isEmpty();

        HttpResponse<String> restored = editor.post("/author/item/restore", List.of("path", PATH, "version", "1"));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(store.view(Workspace.AUTHOR).get(PATH).orElseThrow().string("title")).isEqualTo("Первая редакция");
        assertThat(get("/documents/orders/" + SLUG).body()).contains("Вторая редакция");
        assertThat(editor.post("/author/item/restore", List.of("path", PATH, "version", "7")).statusCode()).isEqualTo(404);
    }

    /** Over HTTP a spread sample of the payloads (the form unit test takes every one of them). */
    @Test
    void richTextIsSanitisedOnSaveSoNoPayloadSurvivesAsMarkup() throws Exception {
        editor.post("/author/content/document/new", document("Проверка текста", "2026-11-20"));
        List<String> all = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("<")).toList();
        List<String> sample = java.util.stream.IntStream.range(0, 30).mapToObj(i -> all.get(i * all.size() / 30)).toList();
        for (String payload : sample) {
            editor.post("/author/item?path=" + PATH, withBody(document("Проверка текста", "2026-11-20"),
                    "<p>до</p>" + payload + "<p>после</p>"));
            String body = store.view(Workspace.AUTHOR).get(PATH).orElseThrow().string("body");
            SafeHtml.assertSafe(body, payload);
        }
    }

    private static List<String> withBody(List<String> fields, String body) {
        List<String> copy = new ArrayList<>(fields);
        copy.set(copy.indexOf("f.body") + 1, body);
        return copy;
    }

    @Test
    void aFieldAddedToTheContentTypeAppearsInTheFormWithoutARestart() throws Exception {
        Path yaml = LIGHT_MODULES.resolve("portal/contentTypes/news.yaml");
        String original = Files.readString(yaml);
        try {
            Files.writeString(yaml, original + "  source: {type: text, label: Источник новости}\n");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> editor.get("/author/content/news/new").body().contains("Источник новости"));
            assertThat(editor.get("/author/content/news/new").body()).contains("name=\"f.source\"");
        } finally {
            Files.writeString(yaml, original);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !editor.get("/author/content/news/new").body().contains("Источник новости"));
    }

    @Test
    void unknownItemsAndPathsAreNotFoundNotErrors() {
        assertThat(editor.get("/author/item?path=/documents/none").statusCode()).isEqualTo(404);
        assertThat(editor.get("/author/item?path=../../etc").statusCode()).isEqualTo(404);
        assertThat(editor.get("/author/item").statusCode()).isEqualTo(404);
        assertThat(editor.get("/author/content/nothing/new").statusCode()).isEqualTo(404);
    }
}
