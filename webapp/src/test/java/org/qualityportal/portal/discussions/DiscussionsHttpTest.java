package org.qualityportal.portal.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qualityportal.portal.security.WebSession.form;
import static org.qualityportal.portal.security.WebSession.location;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.qualityportal.portal.site.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Discussions over real HTTP on the running portal: registration and the registry, who may post where
 * and when, pre-moderation, hiding, the expert review hidden until its deadline, dispositions, the
 * published results and their exports — and the mails that go out, read from GreenMail.
 */
class DiscussionsHttpTest extends DiscussionsIntegrationTest {
    private static final String DOCUMENT = "/documents/roadmaps/roadmap-2018";
    private static final Pattern DISCUSSION_ID = Pattern.compile("/discussions/manage/([0-9a-f-]+)\\?done=opened");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;
    @Autowired
    Contributions contributions;

    @Test
    void aRegisteredParticipantAppliesAndAnApprovedExpertAppearsInThePublicRegistry() throws Exception {
        String login = "reg-" + suffix();
        WebSession applicant = new WebSession(port);
        HttpResponse<String> registered = applicant.post("/register", form(Map.of("username", login,
                "fullName", "Петрова Анна Сергеевна", "email", login + "@example.ru", "password", "Пароль-участника-1")));
        assertThat(location(registered)).endsWith("/login?registered");
        assertThat(accounts.find(login).orElseThrow().roles()).containsExactly(Role.PARTICIPANT);
        applicant.login(login, "Пароль-участника-1");

        HttpResponse<String> invalid = applicant.post("/experts/apply", form(Map.of("organisation", "МОУ СОШ № 7",
                "position", "", "municipality", "/municipalities/nowhere", "qualificationYear", "1800")));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Укажите должность.").contains("Выберите муниципалитет из списка.")
                .contains("Отметьте хотя бы одно направление").contains("value=\"МОУ СОШ № 7\"");

        HttpResponse<String> applied = applicant.post("/experts/apply", List.of("organisation", "МОУ СОШ № 7",
                "position", "Заместитель директора по УВР", "municipality", "/municipalities/miass", "areas", "1.1",
                "areas", "2.3", "qualification", "Экспертиза в сфере оценки качества образования",
                "qualificationYear", "2019", "showContacts", "true"));
        assertThat(location(applied)).endsWith("/experts/apply?sent");
        assertThat(get("/experts").body()).doesNotContain("Петрова Анна Сергеевна");

        WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
        String queue = moderator.get("/moderation").body();
        String expertId = between(queue, "/moderation/experts/", "/approve", login);
        assertThat(location(moderator.post("/moderation/experts/" + expertId + "/approve", List.of())))
                .endsWith("/moderation?done=approve");

        assertThat(accounts.find(login).orElseThrow().roles()).contains(Role.EXPERT, Role.PARTICIPANT);
        String registry = get("/experts?municipality=/municipalities/miass&area=1.1").body();
        assertThat(registry).contains("Петрова Анна Сергеевна").contains(login + "@example.ru")
                .contains("МОУ СОШ № 7").contains("Миасский городской округ");
        assertThat(get("/experts?area=2.5").body()).doesNotContain("Петрова Анна Сергеевна");
        MimeMessage mail = mailTo(login + "@example.ru", "Реестр экспертов");
        assertThat(body(mail)).contains("Вы включены в региональный реестр экспертов")
                .contains("http://portal.example.ru/mail/unsubscribe?u=" + login);
    }

    @Test
    void aLongPremoderationQueueIsShownFiftyAtATime() throws Exception {
        WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        String id = open(editor, "Длинная очередь " + suffix(), "2026-01-01T10:00", "2099-01-01T10:00", "public");
        List<String> added = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            added.add(contributions.add(new Contributions.Draft(id, null, 0, "queue-" + i, "Участник " + i, Track.PUBLIC, "",
                    Stance.NEUTRAL, "Сообщение номер " + i + " в длинной очереди", ""), ContributionStatus.PENDING).id());
        }
        try {
            WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);

            String first = moderator.get("/moderation").body();
            assertThat(pendingOnPage(first)).isEqualTo(50);
            assertThat(first).contains("Показаны 1–50 из ").contains("href=\"/moderation?page=2#pending\"")
                    .doesNotContain("rel=\"prev\"");
            assertThat(new HtmlChecker().errors(first)).isEmpty();

            HttpResponse<String> last = moderator.get("/moderation?page=999");
            assertThat(last.statusCode()).isEqualTo(200);
            assertThat(last.body()).as("the newest are on the last page").contains("Сообщение номер 60 в длинной очереди")
                    .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
            assertThat(pendingOnPage(last.body())).isBetween(1, 50);
            assertThat(pendingOnPage(moderator.get("/moderation?page=abc").body())).as("not a number: the first page")
                    .isEqualTo(50);
        } finally { // the other tests of this context look for their own waiting contributions on the first page
            added.forEach(c -> contributions.status(c, ContributionStatus.REJECTED, "Проверка очереди", "test"));
        }
    }

    /** How many waiting contributions a moderation page lists (each has its own approve form). */
    private static int pendingOnPage(String html) {
        return html.split("/approve\"", -1).length - 1 - (html.split("/moderation/experts/[^/\"]+/approve\"", -1).length - 1);
    }

    @Test
    void whoMayPostInWhichTrackAndWhen() {
        WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        String id = open(editor, "Права участия " + suffix(), "2026-01-01T10:00", "2099-01-01T10:00", "public", "expert");

        HttpResponse<String> anonymous = new WebSession(port).post("/discussions/" + id + "/contributions",
                comment("public", "Аноним пишет"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login");

        WebSession newcomer = participant("new-" + suffix());
        HttpResponse<String> expertTrack = newcomer.post("/discussions/" + id + "/contributions",
                comment("expert", "Не эксперт в экспертной части"));
        assertThat(expertTrack.statusCode()).isEqualTo(403);
        assertThat(expertTrack.body()).contains("Экспертная часть открыта только действующим экспертам");

        String text = "Первое сообщение нового участника " + suffix();
        HttpResponse<String> pending = newcomer.post("/discussions/" + id + "/contributions", comment("public", text));
        assertThat(location(pending)).contains("sent=pending");
        assertThat(get("/discussions/" + id).body()).doesNotContain(text);
        assertThat(newcomer.get("/discussions/" + id).body()).contains(text).contains("на модерации");

        WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
        String cid = location(pending).replaceAll(".*#c-", "");
        moderator.post("/moderation/contributions/" + cid + "/approve", List.of());
        assertThat(get("/discussions/" + id).body()).contains(text);

        String second = "Второе сообщение уже без премодерации " + suffix();
        assertThat(location(newcomer.post("/discussions/" + id + "/contributions", comment("public", second))))
                .contains("sent=published");
        HttpResponse<String> repeated = newcomer.post("/discussions/" + id + "/contributions", comment("public", second));
        assertThat(repeated.statusCode()).isEqualTo(422);
        assertThat(repeated.body()).contains("Такое сообщение вы уже отправляли");

        String blockedLogin = "blk-" + suffix();
        WebSession blocked = participant(blockedLogin);
        moderator.post("/moderation/users/block", form(Map.of("login", blockedLogin, "reason", "Реклама")));
        HttpResponse<String> refused = blocked.post("/discussions/" + id + "/contributions", comment("public", "Купите"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("заблокировал").contains("Реклама");

        String upcoming = open(editor, "Будущее обсуждение " + suffix(), "2098-01-01T10:00", "2099-01-01T10:00", "public");
        HttpResponse<String> early = newcomer.post("/discussions/" + upcoming + "/contributions", comment("public", "Рано"));
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(early.body()).contains("Обсуждение откроется");

        editor.post("/discussions/manage/" + id + "/close", List.of());
        HttpResponse<String> late = newcomer.post("/discussions/" + id + "/contributions", comment("public", "Поздно"));
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.body()).contains("Обсуждение завершено");
        assertThat(get("/discussions/" + id).body()).contains(text).contains(second).contains("Обсуждение завершено");

        assertThat(newcomer.get("/discussions/manage").statusCode()).isEqualTo(403);
        assertThat(newcomer.get("/moderation").statusCode()).isEqualTo(403);
    }

    @Test
    void evaluationsStayHiddenUntilTheDeadlineAndTheResultsAccountForEverything() throws Exception {
        WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        String title = "Итоги и экспертиза " + suffix();
        String id = open(editor, title, "2026-01-01T10:00", "2099-01-01T10:00", "public", "expert");
        String first = "exa-" + suffix();
        String second = "exb-" + suffix();
        WebSession expertA = expert(first, "Эксперт Первый");
        WebSession expertB = expert(second, "Эксперт Второй");

        HttpResponse<String> assigned = editor.post("/discussions/manage/" + id + "/assign",
                List.of("experts", first, "experts", second, "due", "2099-01-01T10:00"));
        assertThat(location(assigned)).endsWith("?done=assigned");
        assertThat(body(mailTo(first + "@example.org", "Назначена экспертиза"))).contains(title);

        String rationale = "Показатели обоснованы методикой " + suffix();
        assertThat(location(expertA.post("/discussions/" + id + "/review", evaluation(4, rationale, "recommend"))))
                .endsWith("?done=submitted");
        assertThat(expertB.get("/discussions/" + id + "/review").body()).doesNotContain(rationale)
                .contains("откроются после срока экспертизы");
        assertThat(editor.get("/discussions/manage/" + id).body()).contains("Оценка получена");

        String expertText = "Экспертное замечание о сроках " + suffix();
        String expertComment = location(expertA.post("/discussions/" + id + "/contributions",
                comment("expert", expertText))).replaceAll(".*#c-", "");
        WebSession participant = participant("res-" + suffix());
        WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
        String rude = "Грубое сообщение " + suffix();
        String rudeId = location(participant.post("/discussions/" + id + "/contributions", comment("public", rude)))
                .replaceAll(".*#c-", "");
        moderator.post("/moderation/contributions/" + rudeId + "/approve", List.of());
        expertB.post("/discussions/" + id + "/contributions", List.of("parent", rudeId, "stance", "neutral",
                "text", "Ответ на грубое сообщение " + suffix()));
        moderator.post("/moderation/contributions/" + rudeId + "/hide", form(Map.of("reason", "Оскорбления")));
        String page = get("/discussions/" + id).body();
        assertThat(page).doesNotContain(rude).contains("Сообщение скрыто модератором: Оскорбления")
                .contains("Ответ на грубое сообщение");

        editor.post("/discussions/manage/" + id + "/close-review", List.of());
        assertThat(expertB.get("/discussions/" + id + "/review").body()).contains(rationale);
        editor.post("/discussions/manage/" + id + "/close", List.of());
        assertThat(location(editor.post("/discussions/manage/" + id + "/contributions/" + expertComment + "/disposition",
                form(Map.of("disposition", "accepted", "reason", "Сроки перенесены на IV квартал",
                        "link", DOCUMENT))))).contains("done=disposition");
        HttpResponse<String> badLink = editor.post("/discussions/manage/" + id + "/contributions/" + expertComment
                + "/disposition", form(Map.of("disposition", "accepted", "reason", "x", "link", "javascript:alert(1)")));
        assertThat(badLink.statusCode()).isEqualTo(422);

        assertThat(get("/discussions/" + id + "/results").statusCode()).isEqualTo(404);
        editor.post("/discussions/manage/" + id + "/results", List.of("publish", "true"));
        String results = get("/discussions/" + id + "/results").body();
        assertThat(results).contains("Всего участников: <strong>3</strong>").contains("Сроки перенесены на IV квартал")
                .contains("Скрыто модератором: Оскорбления").contains("Скрыто или отклонено модераторами: 1")
                .contains("Рекомендовать</td><td>1</td>");

        HttpResponse<byte[]> pdf = bytes(new WebSession(port), "/discussions/" + id + "/results.pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains("Сроки перенесены на IV квартал")
                    .contains("Скрыто модератором: Оскорбления").contains("Всего участников: 3");
        }
        String csv = new String(bytes(editor, "/discussions/manage/" + id + "/export/contributions.csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(expertText).contains("Скрыто модератором");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                bytes(editor, "/discussions/manage/" + id + "/export/results.xlsx").body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getPhysicalNumberOfRows()).isEqualTo(3);
        }
        assertThat(bytes(participant, "/discussions/manage/" + id + "/export/contributions.csv").statusCode())
                .isEqualTo(403);
    }

    @Test
    void publishedContributionsAreFoundBySearchAndWaitingOrHiddenOnesAreNot() {
        WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
        String id = open(editor, "Обсуждение для поиска " + suffix(), "2026-01-01T10:00", "2099-01-01T10:00", "public");
        String url = "\"url\":\"/discussions/" + id + "\"";

        WebSession newcomer = participant("srch-" + suffix());
        String waiting = location(newcomer.post("/discussions/" + id + "/contributions",
                comment("public", "Предлагаю учитывать гиперсогласованность программ"))).replaceAll(".*#c-", "");
        String shown = location(editor.post("/discussions/" + id + "/contributions",
                comment("public", "Отдельно стоит оценить ультрапрозрачность процедур"))).replaceAll(".*#c-", "");
        assertThat(search("ультрапрозрачность", url, true)).contains(url).contains("\"typeLabel\":\"Обсуждение\"");
        assertThat(search("гиперсогласованность", url, false)).as("waiting for moderation").doesNotContain(url);

        WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
        moderator.post("/moderation/contributions/" + waiting + "/approve", List.of());
        assertThat(search("гиперсогласованности", url, true)).as("approved, found in another form").contains(url);
        moderator.post("/moderation/contributions/" + shown + "/hide", List.of("reason", "Не по теме"));
        assertThat(search("ультрапрозрачность", url, false)).as("hidden").doesNotContain(url);
        assertThat(get("/search?q=" + URLEncoder.encode("гиперсогласованность", StandardCharsets.UTF_8)).body())
                .contains("/discussions/" + id);
    }

    /**
     * The API's answer once it does (or does not) name {@code url}, or its last answer after 10 s: the index
     * follows discussions in the background. The caller's assertion says what was wrong.
     */
    private String search(String query, String url, boolean found) {
        AtomicReference<String> body = new AtomicReference<>("");
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                body.set(get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());
                return body.get().contains(url) == found;
            });
        } catch (ConditionTimeoutException e) {
            // fall through: the last answer goes to the caller's assertion
        }
        return body.get();
    }

    @Test
    void aDraftMadePublicForDiscussionIsReadOnTheDiscussionPageWhileItStaysUnpublished() {
        String path = "/documents/t-draft-" + suffix();
        store.writer().upsert(path, NodeData.of(path.substring(path.lastIndexOf('/') + 1), Map.of(
                ContentProperties.TYPE, NodeKind.ITEM, ContentProperties.CONTENT_TYPE, "document",
                ContentProperties.TEMPLATE, "portal:pages/document", "title", "Проект положения о МСОКО " + path,
                "body", "<h2>Общие положения</h2><p>Проект определяет порядок оценки качества.</p>"
                        + "<p>Оценка проводится ежегодно.</p><script>alert(1)</script>")));
        try {
            WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
            assertThat(editor.get("/discussions/manage").body()).contains("Проект положения о МСОКО " + path + " (черновик)");
            HttpResponse<String> opened = editor.post("/discussions/manage", List.of("document", path,
                    "title", "Обсуждение проекта " + path, "opens", "2026-01-01T10:00", "closes", "2099-01-01T10:00",
                    "tracks", "public", "sections", "1"));
            Matcher m = DISCUSSION_ID.matcher(location(opened));
            assertThat(m.find()).as("opened: %s %s", opened.statusCode(), opened.body()).isTrue();

            String page = get("/discussions/" + m.group(1)).body();
            assertThat(page).contains("(проект, открыт для обсуждения)").contains("Оценка проводится ежегодно.")
                    .contains("Проект определяет порядок оценки качества.").doesNotContain("<script>alert(1)");
            assertThat(store.view(Workspace.LIVE).get(path)).isEmpty();
            assertThat(get(path).statusCode()).isEqualTo(404);
        } finally {
            store.writer().delete(path);
        }
    }

    private String open(WebSession editor, String title, String opens, String closes, String... tracks) {
        List<String> fields = new ArrayList<>(List.of("document", DOCUMENT, "title", title, "opens", opens,
                "closes", closes, "sections", "0", "sections", "2", "reviewDue", "2099-01-01T10:00"));
        Arrays.stream(tracks).forEach(t -> fields.addAll(List.of("tracks", t)));
        HttpResponse<String> opened = editor.post("/discussions/manage", fields);
        Matcher m = DISCUSSION_ID.matcher(location(opened));
        assertThat(m.find()).as("opened: %s %s", opened.statusCode(), location(opened)).isTrue();
        return m.group(1);
    }

    private WebSession participant(String login) {
        TestUsers.create(accounts, login, Set.of(Role.PARTICIPANT));
        WebSession session = new WebSession(port);
        session.login(login, TestUsers.PASSWORD);
        return session;
    }

    /** An account with an approved registry entry (applied and approved over HTTP). */
    private WebSession expert(String login, String name) {
        WebSession session = participant(login);
        session.post("/experts/apply", List.of("organisation", "ГБУ ДПО РЦОКИО", "position", name,
                "municipality", "/municipalities/chelyabinsk", "areas", "1.1"));
        WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
        String expertId = between(moderator.get("/moderation").body(), "/moderation/experts/", "/approve", login);
        moderator.post("/moderation/experts/" + expertId + "/approve", List.of());
        return session;
    }

    private static List<String> comment(String track, String text) {
        return List.of("track", track, "stance", "against", "text", text, "municipality", "Миасский городской округ");
    }

    private static List<String> evaluation(int score, String rationale, String verdict) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String c : List.of("legal-basis", "indicators-methods", "completeness", "feasibility", "clarity")) {
            fields.put("score-" + c, String.valueOf(score));
            fields.put("rationale-" + c, rationale);
        }
        fields.put("verdict", verdict);
        fields.put("comment", "");
        return form(fields);
    }

    /** The id in the first {@code before…after} link of the block that mentions {@code near}. */
    private static String between(String html, String before, String after, String near) {
        int at = html.indexOf("(" + near + ")");
        assertThat(at).as("%s in the moderation queue", near).isGreaterThan(0);
        int start = html.indexOf(before, at) + before.length();
        return html.substring(start, html.indexOf(after, start));
    }

    private static HttpResponse<byte[]> bytes(WebSession session, String path) {
        return session.getBytes(path);
    }

    private static MimeMessage mailTo(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            MAIL.waitForIncomingEmail(1_000, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail «" + subject + "» to " + address);
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
