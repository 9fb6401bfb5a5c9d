package org.qualityportal.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Long operations: many chosen items and a whole tree published as jobs, import and export from the
 * admin's page, each followed on a job page that reloads itself while the job runs and can be opened
 * again later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsHttpTest extends PortalIntegrationTest {
    private static final String FOLDER = "/news/t-jobs";
    private static final int ITEMS = 7;

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jobs jobs;

    private WebSession editor;
    private WebSession publisher;
    private WebSession admin;

    @BeforeAll
    void signIn() {
        editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        publisher = TestUsers.signedIn(accounts, port, Role.PUBLISHER);
        admin = new WebSession(port);
        admin.login("admin", ADMIN_PASSWORD);
    }

    @AfterAll
    void cleanUp() {
        store.publisher().unpublish(FOLDER, "cleanup");
        store.writer().delete(FOLDER);
        TestUsers.deleteAll(accounts);
    }

    @Test
    void manyChosenItemsArePublishedAsAJobFollowedOnItsPage() throws Exception {
        List<String> paths = drafts("t-chosen");
        List<String> form = new ArrayList<>();
        paths.forEach(p -> form.addAll(List.of("paths", p)));

        HttpResponse<String> started = publisher.post("/author/content/news/publish", form);

        String jobPage = followed(started);
        assertThat(jobPage).contains("Публикация выбранного: Новость, " + ITEMS + " шт.", "Завершено",
                "Сделано " + ITEMS + " из " + ITEMS, "Опубликовано: " + ITEMS + ".", "Вернуться к списку")
                .doesNotContain("http-equiv=\"refresh\"");
        paths.forEach(p -> assertThat(store.publisher().status(p)).as(p).isEqualTo(PublicationStatus.PUBLISHED));
        assertThat(editor.get("/author/audit?action=PUBLISHED&path=" + FOLDER + "/t-chosen").body())
                .contains("Записей: " + ITEMS + ".");
        assertThat(editor.get("/author/jobs").body()).contains("Публикация выбранного: Новость, " + ITEMS + " шт.");
        assertThat(new HtmlChecker().errors(jobPage)).isEmpty();
    }

    @Test
    void aWholeTreeIsPublishedFoldersFirstAndOnlyByPublishers() throws Exception {
        List<String> paths = drafts("t-tree");

        assertThat(editor.post("/author/content/news/publish-tree", List.of()).statusCode()).isEqualTo(403);
        String jobPage = followed(publisher.post("/author/content/news/publish-tree", List.of()));

        assertThat(jobPage).contains("Публикация раздела /news целиком", "Завершено");
        assertThat(store.view(Workspace.LIVE).get(FOLDER)).isPresent();
        paths.forEach(p -> assertThat(store.view(Workspace.LIVE).get(p)).as(p).isPresent());
    }

    @Test
    void aRunningJobsPageReloadsItselfAndStopsWhenDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job job = jobs.start("Проверочная операция", "t-test", "/author", progress -> {
            progress.total(2);
            progress.step("/first");
            progress.now("сводка по первому шагу");
            release.await(2, TimeUnit.MINUTES);
            progress.problem("/second: не получилось");
            progress.step("/second");
            return "Готово.";
        });
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> job.snapshot().done() == 1);
        String running = waitFor(job, Job.State.RUNNING);
        assertThat(running).contains("http-equiv=\"refresh\"", "Выполняется", "Сделано 1 из 2 (50&nbsp;%)",
                "<progress max=\"2\" value=\"1\"", "Сейчас: <code>сводка по первому шагу</code>");

        release.countDown();
        String done = waitFor(job, Job.State.DONE);
        assertThat(done).contains("Завершено", "Готово.", "Не получилось (1)", "/second: не получилось")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(editor.get("/author/jobs/no-such-job").statusCode()).isEqualTo(404);
    }

    @Test
    void adminExportsATreeAndImportsTheFolderBack(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
        List<String> paths = drafts("t-transfer");
        assertThat(publisher.get("/admin/transfer").statusCode()).isEqualTo(403);
        String page = admin.get("/admin/transfer").body();
        assertThat(page).contains("Импорт папки", "Экспорт");
        assertThat(new HtmlChecker().errors(page)).isEmpty();

        String exported = followed(admin.post("/admin/transfer/export", List.of("trees", "news")));
        assertThat(exported).contains("Экспорт: news", "Экспорт завершён: записано");
        Path folder = Path.of(exported.replaceAll("(?s).*в папку (\\S+)\\.</p>.*", "$1"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("news.t-jobs.t-transfer-1.yaml");
        }

        store.writer().delete(paths.get(0));
        String imported = followed(admin.post("/admin/transfer/import", List.of("folder", folder.toString())));
        assertThat(imported).contains("Импорт папки", "Импорт завершён: единиц", "новых 1", "опубликовано 0");
        assertThat(store.view(Workspace.AUTHOR).get(paths.get(0))).isPresent();

        HttpResponse<String> refused = admin.post("/admin/transfer/import", List.of("folder", empty.resolve("нет такой").toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Укажите существующую папку", "aria-invalid=\"true\"");
        assertThat(new HtmlChecker().errors(refused.body())).isEmpty();
    }

    /** Fresh unpublished items under {@link #FOLDER}, the folder itself too. */
    private List<String> drafts(String prefix) {
        store.writer().upsert(FOLDER, NodeData.of("t-jobs", Map.of(ContentProperties.TYPE, NodeKind.FOLDER,
                "title", "Новости для проверки операций")));
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            String path = FOLDER + "/" + prefix + "-" + i;
            store.writer().upsert(path, NodeData.of(prefix + "-" + i, Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                    ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                    "title", "Новость " + i, "date", "2021-03-0" + i)));
            paths.add(path);
        }
        return paths;
    }

    /** The job page the answer leads to, once the job has finished. */
    private String followed(HttpResponse<String> started) {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String location = WebSession.location(started);
        assertThat(location).contains("/author/jobs/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        return waitFor(jobs.find(id).orElseThrow(), Job.State.DONE);
    }

    /** The job's page once it has reached the state (or a final one), read the way the browser reloads it. */
    private String waitFor(Job job, Job.State state) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> job.snapshot().state() == state || job.snapshot().finishedState());
        assertThat(job.snapshot().state()).as(job.snapshot().result()).isEqualTo(state);
        return editor.get("/author/jobs/" + job.id()).body();
    }
}
