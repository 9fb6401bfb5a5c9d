package org.qualityportal.portal.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.portal.security.WebSession.form;
import static org.qualityportal.portal.security.WebSession.location;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityportal.portal.PortalApplication;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal is stopped in the middle of a discussion and started again on the same data folder: the
 * accounts, the registry entry, the discussion, every contribution (published and waiting), the
 * evaluation and the decision are all there, and the discussion runs on to its published results.
 */
class DiscussionsRestartHttpTest {
    private static final String DOCUMENT = "/documents/roadmaps/roadmap-2018";
    private static final String PASSWORD = "Пароль-участника-1";
    private static final Pattern DISCUSSION_ID = Pattern.compile("/discussions/manage/([0-9a-f-]+)\\?done=opened");

    @Test
    void nothingPostedIsLostWhenThePortalRestartsMidDiscussion() throws IOException {
        Path home = Files.createTempDirectory("portal-restart");
        String id;
        String pendingText = "Предлагаю добавить показатели для сельских школ";
        String expertText = "Сроки второго этапа стоит согласовать с муниципалитетами";
        String rationale = "Показатели обоснованы, методика описана полностью";
        String expertComment;

        try (ConfigurableApplicationContext portal = start(home)) {
            int port = port(portal);
            UserAccounts accounts = portal.getBean(UserAccounts.class);
            WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
            HttpResponse<String> opened = editor.post("/discussions/manage", List.of("document", DOCUMENT,
                    "title", "Обсуждение до и после перезапуска", "opens", "2026-01-01T10:00", "closes", "2099-01-01T10:00",
                    "tracks", "public", "tracks", "expert", "sections", "0", "reviewDue", "2099-01-01T10:00"));
            Matcher m = DISCUSSION_ID.matcher(location(opened));
            assertThat(m.find()).as("opened: %s", opened.body()).isTrue();
            id = m.group(1);

            WebSession newcomer = registered(port, "restart-new", "Иванова Мария Петровна");
            assertThat(location(newcomer.post("/discussions/" + id + "/contributions", List.of("track", "public",
                    "stance", "for", "text", pendingText)))).contains("sent=pending");

            WebSession expert = registered(port, "restart-expert", "Смирнов Олег Викторович");
            assertThat(location(expert.post("/experts/apply", List.of("organisation", "МАОУ «Лицей № 31»",
                    "position", "Заместитель директора", "municipality", "/municipalities/chelyabinsk", "areas", "1.1",
                    "qualification", "Экспертиза в сфере оценки качества образования", "qualificationYear", "2019"))))
                    .endsWith("/experts/apply?sent");
            WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
            String queue = moderator.get("/moderation").body();
            int at = queue.indexOf("(restart-expert)");
            int start = queue.indexOf("/moderation/experts/", at) + "/moderation/experts/".length();
            String expertId = queue.substring(start, queue.indexOf("/approve", start));
            assertThat(location(moderator.post("/moderation/experts/" + expertId + "/approve", List.of())))
                    .endsWith("done=approve");

            expert = signedIn(port, "restart-expert");
            HttpResponse<String> posted = expert.post("/discussions/" + id + "/contributions", List.of("track", "expert",
                    "stance", "against", "text", expertText));
            assertThat(location(posted)).contains("sent=published");
            expertComment = location(posted).replaceAll(".*#c-", "");

            assertThat(location(editor.post("/discussions/manage/" + id + "/assign",
                    List.of("experts", "restart-expert", "due", "2099-01-01T10:00")))).endsWith("?done=assigned");
            assertThat(location(expert.post("/discussions/" + id + "/review", evaluation(rationale))))
                    .doesNotContain("error");
            assertThat(location(editor.post("/discussions/manage/" + id + "/contributions/" + expertComment
                    + "/disposition", List.of("disposition", "partial", "reason", "Сроки уточнены", "link", ""))))
                    .contains("/discussions/manage/" + id);
        }

        try (ConfigurableApplicationContext portal = start(home)) {
            int port = port(portal);
            UserAccounts accounts = portal.getBean(UserAccounts.class);
            String page = new WebSession(port).get("/discussions/" + id).body();
            assertThat(page).contains("Обсуждение до и после перезапуска", expertText, "Смирнов Олег Викторович")
                    .doesNotContain(pendingText);
            assertThat(new WebSession(port).get("/experts").body()).contains("Смирнов Олег Викторович",
                    "МАОУ «Лицей № 31»");

            WebSession newcomer = signedIn(port, "restart-new");
            assertThat(newcomer.get("/discussions/" + id).body()).as("the author sees their waiting contribution")
                    .contains(pendingText);
            WebSession expert = signedIn(port, "restart-expert");
            assertThat(expert.get("/discussions/" + id + "/review").body()).contains(rationale);

            WebSession moderator = TestUsers.signedIn(accounts, port, Role.MODERATOR);
            String queue = moderator.get("/moderation").body();
            assertThat(queue).contains(pendingText);
            String waiting = queue.substring(queue.indexOf("/moderation/contributions/") + "/moderation/contributions/".length());
            waiting = waiting.substring(0, waiting.indexOf('/'));
            moderator.post("/moderation/contributions/" + waiting + "/approve", List.of());

            WebSession editor = TestUsers.signedIn(accounts, port, Role.EDITOR);
            assertThat(editor.get("/discussions/manage/" + id).body()).contains("Сроки уточнены");
            editor.post("/discussions/manage/" + id + "/close", List.of());
            editor.post("/discussions/manage/" + id + "/close-review", List.of());
            editor.post("/discussions/manage/" + id + "/results", List.of("publish", "true"));

            String results = new WebSession(port).get("/discussions/" + id + "/results").body();
            assertThat(results).contains("Всего участников: <strong>2</strong>", pendingText, expertText,
                    "Сроки уточнены", "Рекомендовать с доработкой</td><td>1</td>");
        }
    }

    private static ConfigurableApplicationContext start(Path home) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--portal.home=" + home,
                "--portal.light-modules=" + Path.of("../light-modules").toAbsolutePath(),
                "--portal.content-import=" + Path.of("../content-import").toAbsolutePath(),
                "--portal.admin-password=Проверка-123",
                "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext portal) {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    private static WebSession registered(int port, String login, String name) {
        HttpResponse<String> sent = new WebSession(port).post("/register", form(Map.of("username", login,
                "fullName", name, "email", login + "@example.ru", "password", PASSWORD)));
        assertThat(location(sent)).endsWith("/login?registered");
        return signedIn(port, login);
    }

    private static WebSession signedIn(int port, String login) {
        WebSession session = new WebSession(port);
        assertThat(location(session.login(login, PASSWORD))).doesNotContain("error");
        return session;
    }

    private static List<String> evaluation(String rationale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String c : List.of("legal-basis", "indicators-methods", "completeness", "feasibility", "clarity")) {
            fields.put("score-" + c, "4");
            fields.put("rationale-" + c, rationale);
        }
        fields.put("verdict", "with_changes");
        fields.put("comment", "");
        return form(fields);
    }
}
