package org.qualityportal.portal.author.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
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
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assets app over HTTP: uploads checked by content, each file on its own; replacing, editing
 * and deleting an asset; the pages valid and escaped. Works in its own folder, removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetsHttpTest extends PortalIntegrationTest {
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String FOLDER = "/dam/t-assets";
    private static final String USER_ITEM = "/documents/t-assets-user";
    private static final String USER_PAGE = "/website/t-assets-page";

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;

    private WebSession editor;
    private HtmlChecker html;

    @BeforeAll
    void setUp() throws Exception {
        TestUsers.create(accounts, TestUsers.username(Role.EDITOR), Set.of(Role.EDITOR));
        editor = new WebSession(port);
        assertThat(editor.login(TestUsers.username(Role.EDITOR), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        html = new HtmlChecker();
    }

    @AfterEach
    void emptyTheFolder() {
        store.publisher().unpublish(FOLDER, "cleanup");
        store.writer().delete(FOLDER);
        store.writer().delete(USER_ITEM);
        store.writer().delete(USER_PAGE);
        store.writer().upsert(FOLDER, NodeData.of("t-assets", Map.of(ContentProperties.TYPE, NodeKind.FOLDER,
                "title", "Проверка файлов")));
    }

    @AfterAll
    void tearDown() {
        emptyTheFolder();
        store.writer().delete(FOLDER);
        TestUsers.deleteAll(accounts);
    }

    @Test
    void severalFilesGoInAtOnceEachWithTheTypeFromItsContent() throws Exception {
        emptyTheFolder();
        HttpResponse<String> posted = upload(new MultipartForm()
                .file("files", "Приказ № 7.pdf", SampleFiles.pdf())
                .file("files", "Схема.png", SampleFiles.png()));

        assertThat(posted.statusCode()).isEqualTo(302);
        String report = editor.get(local(posted)).body();
        assertThat(report).contains("Итоги загрузки", "Загружено файлов: 2.", "Приказ № 7.pdf", "Схема.png")
                .doesNotContain("Не загружено");
        assertValid(report);
        Content pdf = asset(FOLDER + "/prikaz-7");
        assertThat(pdf.string("title")).isEqualTo("Приказ № 7");
        assertThat(pdf.string("kind")).isEqualTo("document");
        assertThat(file(pdf).mimeType()).isEqualTo("application/pdf");
        assertThat(file(pdf).size()).isEqualTo(SampleFiles.pdf().length);
        assertThat(file(asset(FOLDER + "/skhema")).mimeType()).isEqualTo("image/png");

        upload(new MultipartForm().file("files", "Приказ № 7.pdf", SampleFiles.pdf()));
        assertThat(file(asset(FOLDER + "/prikaz-7-2")).fileName()).isEqualTo("Приказ № 7.pdf");

        String list = editor.get("/author/assets?folder=" + FOLDER).body();
        assertThat(list).contains("Приказ № 7", "PDF", "Не опубликован", "нигде", "PNG");
        assertValid(list);

        store.publisher().publish(FOLDER + "/prikaz-7", "test");
        HttpResponse<byte[]> download = send(FOLDER + "/prikaz-7");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(SampleFiles.pdf());
    }

    @Test
    void aBrokenFileIsRefusedWithItsReasonWhileItsSiblingGoesIn() throws Exception {
        emptyTheFolder();
        byte[] pdf = SampleFiles.pdf();
        HttpResponse<String> posted = upload(new MultipartForm()
                .file("files", "Не настоящий.pdf", SampleFiles.text("Это обычный текст, а не PDF."))
                .file("files", "Обрезанный.pdf", SampleFiles.cut(pdf, pdf.length / 3))
                .file("files", "Пустой.pdf", new byte[0])
                .file("files", "Настоящая схема.png", SampleFiles.png()));

        String report = editor.get(local(posted)).body();
        assertThat(report).contains("Загружено файлов: 1.", "Не загружено файлов: 3.",
                "Не настоящий.pdf</strong>: Имя файла указывает на PDF (.pdf), но по содержимому это Текст",
                "Обрезанный.pdf</strong>: PDF-файл неполный", "Пустой.pdf</strong>: Файл пустой");
        assertValid(report);
        assertThat(store.view(Workspace.AUTHOR).children(FOLDER)).extracting(Content::name).containsExactly("nastoiashchaia-skhema");
    }

    @Test
    void programsAndPagesAreRefused() {
        emptyTheFolder();
        HttpResponse<String> posted = upload(new MultipartForm()
                .file("files", "утилита", SampleFiles.elf())
                .file("files", "страница.txt", SampleFiles.text("<!DOCTYPE html><html><body><p>Привет</p></body></html>"))
                .file("files", "страница.html", SampleFiles.text("просто текст")));

        String report = editor.get(local(posted)).body();
        assertThat(report).contains("Не загружено файлов: 3.", "По содержимому это программа", "веб-страница (HTML)",
                "расширением «.html» не принимаются");
        assertThat(store.view(Workspace.AUTHOR).children(FOLDER)).isEmpty();
    }

    @Test
    void anUploadOverTheLimitGetsAReadablePageAndStoresNothing() throws Exception {
        emptyTheFolder();
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf(), 0, huge, 0, 1000);

        HttpResponse<String> response = upload(new MultipartForm()
                .file("files", "Маленький.png", SampleFiles.png())
                .file("files", "Огромный.pdf", huge));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<html lang=\"ru\">", "Слишком большая отправка", "не больше 50 МБ",
                "ничего не сохранено", "href=\"/author/assets?folder=" + FOLDER + "\"").doesNotContain("Exception");
        assertValid(response.body());
        assertThat(store.view(Workspace.AUTHOR).children(FOLDER)).isEmpty();
    }

    @Test
    void tooManyFilesAtOnceGetAReadablePageAndStoreNothing() throws Exception {
        emptyTheFolder();
        MultipartForm form = new MultipartForm();
        for (int i = 1; i <= 60; i++) {
            form.file("files", "Заметка " + i + ".txt", SampleFiles.text("заметка " + i));
        }

        HttpResponse<String> response = upload(form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Отправка не принята", "их слишком много для одной отправки", "ничего не сохранено");
        assertValid(response.body());
        assertThat(store.view(Workspace.AUTHOR).children(FOLDER)).isEmpty();
    }

    @Test
    void replacingKeepsThePathAndChangesTheBytes() throws Exception {
        emptyTheFolder();
        upload(new MultipartForm().file("files", "Доклад.pdf", SampleFiles.pdf()));
        String path = FOLDER + "/doklad";
        byte[] other = Files.readAllBytes(Path.of("../content-import/dam.presentations.barabas-2021.file.pdf"));

        HttpResponse<String> replaced = replace(path, new MultipartForm().file("file", "Доклад, исправленный.pdf", other));

        assertThat(replaced.statusCode()).isEqualTo(302);
        assertThat(local(replaced)).isEqualTo("/author/assets/edit?path=" + path);
        Content asset = asset(path);
        assertThat(file(asset).fileName()).isEqualTo("Доклад, исправленный.pdf");
        assertThat(file(asset).size()).isEqualTo(other.length);
        assertThat(asset.string("title")).isEqualTo("Доклад");
        try (InputStream in = store.view(Workspace.AUTHOR).openBinary(path, "file").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(other);
        }
        assertThat(editor.get(local(replaced)).body()).contains("Файл заменён на «Доклад, исправленный.pdf»; адрес прежний.");

        HttpResponse<String> refused = replace(path, new MultipartForm().file("file", "Подделка.pdf", SampleFiles.text("текст")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("form-field__error", "по содержимому это Текст");
        assertValid(refused.body());
        assertThat(file(asset(path)).size()).isEqualTo(other.length);
    }

    @Test
    void anInvalidEditKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() throws Exception {
        emptyTheFolder();
        upload(new MultipartForm().file("files", "Отчёт.pdf", SampleFiles.pdf()));
        String path = FOLDER + "/otchet";

        HttpResponse<String> invalid = editor.post("/author/assets/edit", List.of("path", path, "field.title", "",
                "field.description", "Описание <b>жирное</b> & точное", "field.kind", "presentation", "field.pages", "много"));

        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Сведения не сохранены: исправьте отмеченные поля (2).",
                "Заполните поле «Название».", "В поле «Число страниц» нужно число, а не «много».", "value=\"много\"",
                "Описание &lt;b&gt;жирное&lt;/b&gt; &amp; точное", "<option value=\"presentation\" selected>Презентация</option>",
                "aria-invalid=\"true\"");
        assertValid(invalid.body());
        assertThat(asset(path).string("title")).isEqualTo("Отчёт");

        HttpResponse<String> saved = editor.post("/author/assets/edit", List.of("path", path, "field.title", "Отчёт за 2021 год",
                "field.description", "", "field.kind", "presentation", "field.pages", "12"));

        assertThat(saved.statusCode()).isEqualTo(302);
        Content asset = asset(path);
        assertThat(asset.string("title")).isEqualTo("Отчёт за 2021 год");
        assertThat(asset.properties()).containsEntry("pages", 12L).containsEntry("kind", "presentation").doesNotContainKey("description");
        assertThat(file(asset).mimeType()).isEqualTo("application/pdf");
        assertThat(editor.get(local(saved)).body()).contains("Сведения о файле сохранены.");
    }

    @Test
    void aUsedAssetIsNotDeletedAndThePageSaysWhereItIsUsed() throws Exception {
        emptyTheFolder();
        upload(new MultipartForm().file("files", "Приложение.pdf", SampleFiles.pdf()));
        String path = FOLDER + "/prilozhenie";
        store.writer().upsert(USER_ITEM, NodeData.of("t-assets-user", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "document", ContentProperties.TEMPLATE, "portal:pages/document",
                "title", "Проверочный приказ", "attachments", List.of(path))));
        NodeData component = NodeData.of("files", Map.of(ContentProperties.TYPE, NodeKind.COMPONENT,
                ContentProperties.TEMPLATE, "portal:components/attachments", "assets", List.of(path)));
        store.writer().upsert(USER_PAGE, new NodeData("t-assets-page", Map.of(ContentProperties.TYPE, NodeKind.PAGE,
                ContentProperties.TEMPLATE, "portal:pages/general", "title", "Проверочная страница"),
                List.of(new NodeData("main", Map.of(ContentProperties.TYPE, NodeKind.AREA), List.of(component)))));

        assertThat(editor.get("/author/assets?folder=" + FOLDER).body()).contains("2 места");
        String confirm = editor.get("/author/assets/delete?path=" + path).body();
        assertThat(confirm).contains("удалить его нельзя", "«Проверочный приказ»", USER_ITEM, "«Проверочная страница»",
                "main/files: assets").doesNotContain("name=\"path\"");
        assertValid(confirm);

        HttpResponse<String> refused = editor.post("/author/assets/delete", List.of("path", path));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Файл не удалён", "«Проверочный приказ»", "«Проверочная страница»");
        assertThat(store.view(Workspace.AUTHOR).get(path)).isPresent();
        assertThat(editor.get("/author/assets/edit?path=" + path).body()).contains("Проверочный приказ", USER_PAGE);
    }

    @Test
    void anUnusedAssetIsDeletedAndTakenOffTheSiteAfterConfirmation() throws Exception {
        emptyTheFolder();
        upload(new MultipartForm().file("files", "Лишний.pdf", SampleFiles.pdf()));
        String path = FOLDER + "/lishnii";
        store.publisher().publish(path, "test");
        assertThat(send(path).statusCode()).isEqualTo(200);

        String confirm = editor.get("/author/assets/delete?path=" + path).body();
        assertThat(confirm).contains("будет снят с публикации", "Удалить и снять с публикации");
        assertValid(confirm);

        HttpResponse<String> deleted = editor.post("/author/assets/delete", List.of("path", path));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(local(deleted)).isEqualTo("/author/assets?folder=" + FOLDER);
        assertThat(store.view(Workspace.AUTHOR).get(path)).isEmpty();
        assertThat(store.view(Workspace.LIVE).get(path)).isEmpty();
        assertThat(send(path).statusCode()).isEqualTo(404);
        assertThat(editor.get(local(deleted)).body()).contains("Файл «Лишний» удалён и снят с публикации.");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        emptyTheFolder();
        HttpResponse<String> response = new MultipartForm().file("files", "Схема.png", SampleFiles.png())
                .post(editor, "/author/assets/upload?folder=" + FOLDER);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(store.view(Workspace.AUTHOR).children(FOLDER)).isEmpty();
    }

    @Test
    void fileNamesAreEscapedOnEveryPage() throws Exception {
        emptyTheFolder();
        List<String> payloads = Files.readAllLines(PAYLOADS).stream()
                .filter(p -> p.contains("<") && p.length() <= 100).limit(15).toList();
        assertThat(payloads).hasSize(15);
        MultipartForm form = new MultipartForm();
        payloads.forEach(p -> form.file("files", p + ".txt", SampleFiles.text("проверка")));

        String report = editor.get(local(upload(form))).body();
        String list = editor.get("/author/assets?folder=" + FOLDER).body();

        List<Content> stored = store.view(Workspace.AUTHOR).children(FOLDER);
        assertThat(stored).hasSize(15);
        List<String> names = new ArrayList<>();
        stored.forEach(c -> names.add(file(c).fileName()));
        for (String page : List.of(report, list)) {
            for (String name : names) {
                assertThat(page).contains(escape(name));
                if (name.contains("<")) {
                    assertThat(page).doesNotContain(name);
                }
            }
            assertThat(page.split("<script", -1)).as("only the upload script").hasSizeLessThanOrEqualTo(2);
            assertThat(page).doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<svg");
            assertValid(page);
        }
        String first = stored.get(0).path();
        String edit = editor.get("/author/assets/edit?path=" + first).body();
        assertThat(edit).contains(escape(file(stored.get(0)).fileName()));
        assertValid(edit);
    }

    private HttpResponse<String> upload(MultipartForm form) {
        return form.field("_csrf", editor.csrfToken())
                .post(editor, "/author/assets/upload?folder=" + FOLDER + "&_csrf=" + token());
    }

    private HttpResponse<String> replace(String path, MultipartForm form) {
        return form.post(editor, "/author/assets/replace?path=" + path + "&_csrf=" + token());
    }

    private String token() {
        return URLEncoder.encode(editor.csrfToken(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(String path) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Content asset(String path) {
        Content asset = store.view(Workspace.AUTHOR).get(path).orElseThrow(() -> new AssertionError("No asset at " + path));
        assertThat(asset.kind()).isEqualTo(NodeKind.ASSET);
        return asset;
    }

    private static BinaryValue file(Content asset) {
        return (BinaryValue) asset.properties().get("file");
    }

    /** The redirect's target as a path on this server. */
    private static String local(HttpResponse<?> response) {
        return WebSession.location(response).replaceFirst("^https?://[^/]+", "");
    }

    /** As FreeMarker's HTML output format escapes. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private void assertValid(String page) throws Exception {
        assertThat(html.errors(page)).isEmpty();
    }
}
