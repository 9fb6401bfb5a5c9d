package org.qualityportal.portal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Records;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scheduled publishing over HTTP: creating, listing, cancelling, validation, who may, and the runner
 * (called directly with a time after the schedules' instead of waiting) carrying them out or failing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleHttpTest extends PortalIntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final String ITEM = "/news/2021/t-schedule";
    private static final String OTHER = "/news/2021/t-schedule-other";
    private static final String PUBLISHER = TestUsers.username(Role.PUBLISHER);

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ScheduleRunner runner;

    private WebSession editor;
    private WebSession publisher;
    private Instant started;
    private HtmlChecker checker;

    @BeforeAll
    void signIn() {
        started = Instant.now();
        TestUsers.create(accounts, TestUsers.username(Role.EDITOR), Set.of(Role.EDITOR));
        TestUsers.create(accounts, PUBLISHER, Set.of(Role.PUBLISHER));
        editor = new WebSession(port);
        editor.login(TestUsers.username(Role.EDITOR), TestUsers.PASSWORD);
        publisher = new WebSession(port);
        publisher.login(PUBLISHER, TestUsers.PASSWORD);
    }

    @AfterEach
    void removeFixtures() {
        for (String path : List.of(ITEM, OTHER)) {
            store.publisher().unpublish(path, "cleanup");
            store.writer().delete(path);
        }
        Records records = store.records();
        for (String kind : List.of(Schedules.PENDING, Schedules.DONE, "audit")) {
            records.list(kind, started, null).stream()
                    .filter(r -> String.valueOf(r.string("user")).contains("t-"))
                    .forEach(r -> records.remove(kind, r.id()));
        }
    }

    @AfterAll
    void removeUsers() {
        TestUsers.deleteAll(accounts);
    }

    @Test
    void aPublisherSchedulesAPublicationSeesItListedAndCancelsIt() {
        write(ITEM, "Новость по расписанию");
        LocalDateTime when = LocalDateTime.now(ZONE).plusMinutes(10);

        HttpResponse<String> created = schedule(publisher, ITEM, "publish", when);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(created)).endsWith("/author/schedules");
        String list = publisher.get("/author/schedules").body();
        assertThat(list).contains("Запланировано: публикация «Новость по расписанию» на " + russian(when),
                "Новость по расписанию", "<code>" + ITEM + "</code>", "Публикация", russian(when), PUBLISHER,
                ">Отменить</button>");
        assertThat(editor.get("/author/schedules").body()).contains(ITEM, russian(when)).doesNotContain("Отменить</button>");
        assertThat(store.view(Workspace.LIVE).get(ITEM)).isEmpty();

        String id = onlySchedule().id();
        HttpResponse<String> cancelled = publisher.post("/author/schedules/" + id + "/cancel", List.of());

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(publisher.get("/author/schedules").body()).contains("Отменено: публикация " + ITEM)
                .contains("Запланированных публикаций нет.");
        assertThat(new Schedules(store).all()).noneMatch(s -> s.path().equals(ITEM));
        String audit = editor.get("/author/audit?path=" + ITEM).body();
        assertThat(audit).contains("Публикация запланирована", "Расписание отменено", PUBLISHER);
        assertThat(runner.runDue(Instant.now().plus(Duration.ofHours(1)))).isZero();
        assertThat(store.view(Workspace.LIVE).get(ITEM)).isEmpty();
    }

    @Test
    void theRunnerPublishesAndUnpublishesWhatIsDueAndNotesItAsTheSchedule() {
        write(ITEM, "Новость, опубликованная по расписанию");
        LocalDateTime when = LocalDateTime.now(ZONE).plusMinutes(10);
        schedule(publisher, ITEM, "publish", when);
        assertThat(get(ITEM).statusCode()).isEqualTo(404);

        int done = runner.runDue(when.plusMinutes(1).atZone(ZONE).toInstant());

        assertThat(done).isEqualTo(1);
        assertThat(store.view(Workspace.LIVE).get(ITEM).orElseThrow().audit().publishedBy())
                .isEqualTo("schedule (" + PUBLISHER + ")");
        assertThat(get(ITEM).body()).contains("Новость, опубликованная по расписанию");
        assertThat(publisher.get("/author/schedules").body()).contains("Запланированных публикаций нет.",
                "Выполнены недавно", "Опубликовано.", ITEM);
        assertThat(editor.get("/author/audit?user=schedule&action=PUBLISHED").body())
                .contains("schedule (" + PUBLISHER + ")", ITEM, "по расписанию на " + russian(when));

        schedule(publisher, ITEM, "unpublish", when.plusMinutes(5));
        runner.runDue(when.plusMinutes(6).atZone(ZONE).toInstant());

        assertThat(get(ITEM).statusCode()).isEqualTo(404);
        assertThat(publisher.get("/author/schedules").body()).contains("Снято с публикации.");
    }

    @Test
    void aScheduleThatCannotBeCarriedOutIsShownAsFailedAndDoesNotStopTheOthers() throws Exception {
        write(ITEM, "Удалённая новость");
        write(OTHER, "Другая новость");
        LocalDateTime when = LocalDateTime.now(ZONE).plusMinutes(10);
        schedule(publisher, ITEM, "publish", when);
        schedule(publisher, OTHER, "publish", when.plusMinutes(1));
        store.writer().delete(ITEM);

        int done = runner.runDue(when.plusMinutes(2).atZone(ZONE).toInstant());

        assertThat(done).isEqualTo(1);
        assertThat(store.view(Workspace.LIVE).get(OTHER)).isPresent();
        String list = publisher.get("/author/schedules").body();
        assertThat(list).contains("Не выполнены", "Материал «" + ITEM + "» не найден", ">Убрать</button>");
        assertThat(html().errors(list)).isEmpty();
        assertThat(editor.get("/author/audit?action=SCHEDULE_FAILED").body()).contains(ITEM, "не найден");
        assertThat(runner.runDue(when.plusMinutes(3).atZone(ZONE).toInstant())).as("a failed one is not retried").isZero();

        Schedule failed = new Schedules(store).all().stream().filter(Schedule::failed).findFirst().orElseThrow();
        publisher.post("/author/schedules/" + failed.id() + "/cancel", List.of());
        assertThat(publisher.get("/author/schedules").body()).doesNotContain("Не выполнены");
    }

    @Test
    void anInvalidFormKeepsWhatWasTypedAndStoresNothing() throws Exception {
        write(ITEM, "Новость");
        LocalDateTime past = LocalDateTime.now(ZONE).minusHours(2);

        HttpResponse<String> inThePast = schedule(publisher, ITEM, "unpublish", past);
        HttpResponse<String> unknown = publisher.post("/author/schedules", WebSession.form(Map.of(
                "path", "/news/2021/no-such-news", "action", "publish", "date", "32.13.2026", "time", "25:61")));

        assertThat(inThePast.statusCode()).isEqualTo(200);
        assertThat(inThePast.body()).contains("Это время уже прошло", "value=\"" + ITEM + "\"",
                "value=\"" + past.toLocalDate() + "\"", "value=\"" + past.format(DateTimeFormatter.ofPattern("HH:mm")) + "\"",
                "<option value=\"unpublish\" selected>", "aria-invalid=\"true\"");
        assertThat(unknown.body()).contains("Материал «/news/2021/no-such-news» не найден",
                "Дата указана неверно", "Время указано неверно", "value=\"32.13.2026\"", "value=\"25:61\"",
                "value=\"/news/2021/no-such-news\"", "исправьте отмеченные поля (3)");
        assertThat(html().errors(unknown.body())).isEmpty();
        assertThat(html().errors(inThePast.body())).isEmpty();
        assertThat(new Schedules(store).all()).noneMatch(s -> s.user().equals(PUBLISHER));
    }

    @Test
    void accountsCannotBeScheduled() {
        HttpResponse<String> response = schedule(publisher, "/users/admin", "publish", LocalDateTime.now(ZONE).plusDays(1));

        assertThat(response.body()).contains("нельзя публиковать");
        assertThat(new Schedules(store).all()).noneMatch(s -> s.path().equals("/users/admin"));
    }

    @Test
    void anEditorSeesTheListButCannotScheduleOrCancel() throws Exception {
        write(ITEM, "Новость");
        LocalDateTime when = LocalDateTime.now(ZONE).plusDays(1);
        schedule(publisher, ITEM, "publish", when);
        String id = onlySchedule().id();

        assertThat(schedule(editor, ITEM, "publish", when).statusCode()).isEqualTo(403);
        assertThat(editor.post("/author/schedules/" + id + "/cancel", List.of()).statusCode()).isEqualTo(403);
        assertThat(editor.get("/author/schedules/new?path=" + ITEM).statusCode()).isEqualTo(403);
        assertThat(new Schedules(store).all()).extracting(Schedule::id).containsExactly(id);
        String page = editor.get("/author/schedules").body();
        assertThat(page).contains(ITEM).doesNotContain("/author/schedules/new");
        assertThat(html().errors(page)).isEmpty();
    }

    @Test
    void theStandalonePageOffersTheFormForAPath() throws Exception {
        String page = publisher.get("/author/schedules/new?path=" + ITEM).body();

        assertThat(page).contains("action=\"/author/schedules\"", "name=\"_csrf\"", "value=\"" + ITEM + "\"",
                "type=\"date\"", "type=\"time\"", "<option value=\"publish\" selected>", "Europe/Moscow");
        assertThat(html().errors(page)).isEmpty();
        assertThat(publisher.get("/author").body()).contains("href=\"/author/schedules\"", "href=\"/author/audit\"");
    }

    private HttpResponse<String> schedule(WebSession session, String path, String action, LocalDateTime when) {
        return session.post("/author/schedules", WebSession.form(Map.of("path", path, "action", action,
                "date", when.toLocalDate().toString(), "time", when.format(DateTimeFormatter.ofPattern("HH:mm")))));
    }

    private Schedule onlySchedule() {
        List<Schedule> mine = new Schedules(store).all().stream().filter(s -> s.user().equals(PUBLISHER)).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    /** As the portal prints a schedule's time: to the minute, in Russian. */
    private static String russian(LocalDateTime when) {
        return when.format(DateTimeFormatter.ofPattern("d MMMM yyyy 'г.', HH:mm", java.util.Locale.forLanguageTag("ru")));
    }

    private void write(String path, String title) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        store.writer().upsert(path, NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                "title", title, "date", "2021-03-01")));
    }

    /** The checker loads its schemas once (slow), so one serves the whole class. */
    private HtmlChecker html() throws Exception {
        if (checker == null) {
            checker = new HtmlChecker();
        }
        return checker;
    }
}
