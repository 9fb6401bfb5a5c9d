package org.qualityportal.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log: what publishing and user administration note, the page's filters, paging and escaping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditHttpTest extends PortalIntegrationTest {
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String ITEM = "/news/2021/t-audit";
    private static final String PUBLISHER = TestUsers.username(Role.PUBLISHER);

    @Autowired
    ContentStore store;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;

    private WebSession editor;
    private WebSession publisher;
    private WebSession admin;
    private Instant started;
    private HtmlChecker checker;

    @BeforeAll
    void signIn() {
        started = Instant.now();
        TestUsers.create(accounts, TestUsers.username(Role.EDITOR), Set.of(Role.EDITOR));
        TestUsers.create(accounts, PUBLISHER, Set.of(Role.PUBLISHER));
        TestUsers.create(accounts, TestUsers.username(Role.EXPERT), Set.of(Role.EXPERT));
        editor = new WebSession(port);
        editor.login(TestUsers.username(Role.EDITOR), TestUsers.PASSWORD);
        publisher = new WebSession(port);
        publisher.login(PUBLISHER, TestUsers.PASSWORD);
        admin = new WebSession(port);
        admin.login("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void removeFixtures() {
        store.publisher().unpublish(ITEM, "cleanup");
        store.writer().delete(ITEM);
        Records records = store.records();
        records.list(AuditLog.KIND, started, null).forEach(r -> records.remove(AuditLog.KIND, r.id()));
    }

    @AfterAll
    void removeUsers() {
        TestUsers.deleteAll(accounts);
    }

    @Test
    void publishingUnpublishingAndUserChangesAreNotedAndFilteredByUserAndAction() throws Exception {
        store.writer().upsert(ITEM, NodeData.of("t-audit", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                "title", "Новость для журнала", "date", "2021-03-01")));
        publisher.post("/author/content/news/publish", List.of("paths", ITEM));
        publisher.post("/author/content/news/unpublish", List.of("paths", ITEM));
        String expert = TestUsers.username(Role.EXPERT);
        admin.post("/admin/users/" + expert + "/roles", List.of("roles", "expert", "roles", "moderator"));
        admin.post("/admin/users/" + expert + "/enabled", List.of("enabled", "false"));

        // other test classes share the repository, so each check names this test's paths
        String item = editor.get("/author/audit?path=" + ITEM).body();
        assertThat(item).contains("Журнал действий", "Записей: 2.", "Снятие с публикации</td>", PUBLISHER,
                russianToday());
        assertThat(item.indexOf("Снятие с публикации</td>")).as("newest first")
                .isLessThan(item.indexOf("<td>Публикация</td>"));
        String account = editor.get("/author/audit?path=/users/" + expert).body();
        assertThat(account).contains("Записей: 2.", "Изменение пользователя", "Роли: Модератор, Эксперт",
                "Учётная запись отключена", "<td>admin</td>");
        assertThat(account.indexOf("Учётная запись отключена")).isLessThan(account.indexOf("Роли: Модератор"));

        assertThat(editor.get("/author/audit?user=" + PUBLISHER + "&path=/users/" + expert).body())
                .contains("Записей: 0.", "Записей нет.", "value=\"" + PUBLISHER + "\"");
        assertThat(editor.get("/author/audit?user=ADM&path=/users/" + expert).body()).contains("Записей: 2.");
        String published = editor.get("/author/audit?action=PUBLISHED&path=" + ITEM).body();
        assertThat(published).contains("Записей: 1.", "<option value=\"PUBLISHED\" selected>")
                .doesNotContain("Снятие с публикации</td>");
        String all = editor.get("/author/audit").body();
        assertThat(all).contains(ITEM, "/users/" + expert);
        assertThat(html().errors(all)).isEmpty();
    }

    @Test
    void dateFiltersTakeWholeDaysAndABadDateIsShownAsTyped() throws Exception {
        audit.record("t-dates", AuditAction.CHANGED, "/news/2021/x", "");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

        assertThat(editor.get("/author/audit?user=t-dates&from=" + today + "&to=" + today).body()).contains("Записей: 1.");
        assertThat(editor.get("/author/audit?user=t-dates&from=" + today.plusDays(1)).body()).contains("Записей: 0.");
        assertThat(editor.get("/author/audit?user=t-dates&to=" + today.minusDays(1)).body()).contains("Записей: 0.");
        String dotted = today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(editor.get("/author/audit?user=t-dates&from=" + dotted).body()).contains("Записей: 1.");

        String bad = editor.get("/author/audit?user=t-dates&from=31.02.2026&to=" + today).body();
        assertThat(bad).contains("Дата указана неверно", "value=\"31.02.2026\"", "type=\"text\"", "aria-invalid=\"true\"",
                "Записей: 1.");
        String reversed = editor.get("/author/audit?from=" + today + "&to=" + today.minusDays(3)).body();
        assertThat(reversed).contains("Конец периода раньше его начала.");
        assertThat(html().errors(bad)).isEmpty();
    }

    @Test
    void theLogIsPagedNewestFirst() {
        for (int i = 0; i < 55; i++) {
            audit.record("t-pages", AuditAction.CHANGED, "/news/2021/p" + i, "запись " + i);
        }

        String first = editor.get("/author/audit?user=t-pages").body();
        String second = editor.get("/author/audit?user=t-pages&page=2").body();

        assertThat(first).contains("Записей: 55. Страница 1 из 2.", "запись 54", "href=\"?user=t-pages&amp;page=2\"")
                .doesNotContain("запись 4<");
        assertThat(second).contains("Страница 2 из 2.", "запись 0<", "запись 4<").doesNotContain("запись 5<");
        assertThat(editor.get("/author/audit?user=t-pages&page=абв").body()).contains("Страница 1 из 2.");
    }

    @Test
    void payloadsInPathsDetailsAndFiltersAreEscaped() throws Exception {
        List<String> payloads = Files.readAllLines(PAYLOADS).stream()
                .filter(p -> (p.contains("<") || p.contains("\"")) && p.length() <= 200).limit(30).toList();
        assertThat(payloads).isNotEmpty();
        for (String payload : payloads) {
            audit.record("t-xss", AuditAction.CHANGED, "/news/" + payload, payload);
        }

        String page = editor.get("/author/audit?user=t-xss").body();

        assertThat(page).contains("Записей: " + payloads.size() + ".");
        for (String payload : payloads) {
            assertThat(page).as(payload).doesNotContain(payload);
        }
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<svg");
        assertThat(html().errors(page)).isEmpty();
        for (String payload : payloads.subList(0, 10)) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            String filtered = editor.get("/author/audit?user=" + q + "&path=" + q + "&from=" + q + "&action=" + q).body();
            assertThat(filtered).as(payload).doesNotContain(payload).doesNotContainIgnoringCase("<svg")
                    .doesNotContainIgnoringCase("<img");
            assertThat(html().errors(filtered)).as(payload).isEmpty();
        }
    }

    private static String russianToday() {
        return LocalDate.now(ZoneId.of("Europe/Moscow"))
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", java.util.Locale.forLanguageTag("ru")));
    }

    /** The checker loads its schemas once (slow), so one serves the whole class. */
    private HtmlChecker html() throws Exception {
        if (checker == null) {
            checker = new HtmlChecker();
        }
        return checker;
    }
}
