package org.qualityportal.portal.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.portal.Chromium;
import org.qualityportal.portal.security.PortalUser;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Every user-text field of discussions against a sample of the XSS payloads: contribution texts, hide reasons,
 * disposition reasons, expert applications, evaluations and full names are entered over HTTP, then each page
 * showing them is opened in Chromium: no script runs, no active markup reaches the user content, the text shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionXssBrowserTest extends DiscussionsIntegrationTest {
    private static final String HASH = new BCryptPasswordEncoder(4).encode(TestUsers.PASSWORD);
    private static final String CONTENT = ".discussion, .expert-registry";
    private static final String FIND_ACTIVE = """
            const bad = [];
            document.querySelectorAll(arguments[0]).forEach(root => root.querySelectorAll('*').forEach(e => {
              const tag = e.tagName.toLowerCase();
              const on = [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => a.name);
              const js = [...e.attributes].some(a => /^\\s*javascript:/i.test(a.value));
              if (['script', 'iframe', 'object', 'embed'].includes(tag) || on.length || js) {
                bad.push(e.outerHTML.substring(0, 200));
              }
            }));
            return bad;
            """;
    private static final int RATE = 5;
    private static final int EXPERT_FIELDS = 6;

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;

    private final List<String> logins = new ArrayList<>();
    private final List<String> discussions = new ArrayList<>();
    private final Map<String, WebSession> sessions = new HashMap<>();
    private List<String> payloads;
    private List<String> short200;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        List<String> all = new String(Files.readAllBytes(Path.of("../../shared/testdata/xss-payloads.txt")),
                StandardCharsets.UTF_8).lines().map(String::strip).toList();
        payloads = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i < 20 || (i + 1) % 50 == 0) && !all.get(i).isBlank()) {
                payloads.add(all.get(i));
            }
        }
        short200 = payloads.stream().filter(p -> p.length() <= 200).toList();
        user("t-dx-editor", "Редактор", Role.EDITOR);
        user("t-dx-moderator", "Модератор", Role.MODERATOR);
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        DiscussionFixtures.remove(store, discussions, logins);
        logins.forEach(accounts::delete);
        accounts.delete("t-dx-registered");
    }

    @Test
    void noPayloadRunsOrLeavesActiveMarkupOnAnyPageOfDiscussions() {
        WebSession editor = session("t-dx-editor");
        WebSession moderator = session("t-dx-moderator");
        String id = openDiscussion(editor);
        String page = "/discussions/" + id;
        int p = payloads.size();

        // a registration through the form with a payload for a name; the rest of the names written directly
        WebSession registering = new WebSession(port);
        HttpResponse<String> registered = registering.post("/register", WebSession.form(Map.of("username", "t-dx-registered",
                "fullName", short200.get(0), "email", "t-dx-registered@example.org", "password", TestUsers.PASSWORD)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);

        // contribution texts from new participants: pre-moderated, at most five each
        List<String> posters = new ArrayList<>();
        posters.add("t-dx-registered");
        while (posters.size() * RATE < p) {
            posters.add(user("t-dx-p" + posters.size(), short200.get(posters.size() % short200.size()), Role.PARTICIPANT));
        }
        for (int i = 0; i < p; i++) {
            post(session(posters.get(i % posters.size())), id, payloads.get(i));
        }
        // expert applications, three fields each
        List<String> applicants = new ArrayList<>();
        for (int j = 0; j * 3 < short200.size(); j++) {
            String login = user("t-dx-a" + j, short200.get((j + 7) % short200.size()), Role.PARTICIPANT);
            applicants.add(login);
            WebSession s = session(login);
            String form = s.get("/experts/apply").body();
            HttpResponse<String> sent = s.post("/experts/apply", List.of("organisation", short200.get(3 * j % short200.size()),
                    "position", short200.get((3 * j + 1) % short200.size()), "municipality", first(form, "<option value=\"([^\"]+)\""),
                    "areas", first(form, "name=\"areas\" value=\"([^\"]+)\""),
                    "qualification", short200.get((3 * j + 2) % short200.size()), "qualificationYear", "2020"));
            assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        }

        signIn("t-dx-moderator");
        visitQueue(payloads, short200);

        // the moderator publishes the texts and includes the applicants in the registry
        for (Records.Record c : records("contribution", "discussion", id)) {
            assertThat(moderator.post("/moderation/contributions/" + c.id() + "/approve", List.of()).statusCode()).isIn(302, 303);
        }
        for (String login : applicants) {
            String expertId = store.records().list("expert").stream().filter(r -> login.equals(r.string("login")))
                    .findFirst().orElseThrow().id();
            assertThat(moderator.post("/moderation/experts/" + expertId + "/approve", List.of()).statusCode()).isIn(302, 303);
        }

        // hide reasons, on plain contributions of trusted authors
        List<String> hiders = new ArrayList<>();
        while (hiders.size() * RATE < p) {
            hiders.add(user("t-dx-h" + hiders.size(), "Участник " + hiders.size(), Role.EDITOR));
        }
        for (int i = 0; i < p; i++) {
            post(session(hiders.get(i % hiders.size())), id, "Сообщение для скрытия номер " + i);
        }
        for (Records.Record c : records("contribution", "discussion", id)) {
            String text = c.string("text");
            if (text.startsWith("Сообщение для скрытия номер ")) {
                String reason = payloads.get(Integer.parseInt(text.substring("Сообщение для скрытия номер ".length())));
                assertThat(moderator.post("/moderation/contributions/" + c.id() + "/hide", List.of("reason", reason))
                        .statusCode()).isIn(302, 303);
            } else {
                int i = payloads.indexOf(text);
                HttpResponse<String> decided = editor.post(page.replace("/discussions/", "/discussions/manage/")
                        + "/contributions/" + c.id() + "/disposition", List.of("disposition", "noted", "reason",
                        payloads.get((i + 1) % p), "link", ""));
                assertThat(decided.statusCode()).as(decided.body()).isIn(302, 303);
            }
        }

        // evaluations: five rationales and a comment per expert
        int experts = Math.min(applicants.size(), (p + EXPERT_FIELDS - 1) / EXPERT_FIELDS);
        List<String> assign = new ArrayList<>(List.of("due", ""));
        applicants.subList(0, experts).forEach(a -> assign.addAll(List.of("experts", a)));
        assertThat(editor.post("/discussions/manage/" + id + "/assign", assign).statusCode()).isIn(302, 303);
        for (int e = 0; e < experts; e++) {
            WebSession s = session(applicants.get(e));
            String form = s.get(page + "/review").body();
            List<String> fields = new ArrayList<>(List.of("verdict", "with_changes",
                    "comment", payloads.get((EXPERT_FIELDS * e + 5) % p)));
            Matcher m = Pattern.compile("name=\"rationale-([^\"]+)\"").matcher(form);
            for (int c = 0; m.find(); c++) {
                fields.addAll(List.of("score-" + m.group(1), "3", "rationale-" + m.group(1),
                        payloads.get((EXPERT_FIELDS * e + c) % p)));
            }
            HttpResponse<String> sent = s.post(page + "/review", fields);
            assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        }
        for (String step : List.of("/close", "/close-review", "/results")) {
            assertThat(editor.post("/discussions/manage/" + id + step, List.of("publish", "true")).statusCode()).isIn(302, 303);
        }

        List<String> names = posters.stream().map(l -> accounts.find(l).orElseThrow().fullName()).toList();
        signIn("t-dx-editor");
        visit(page, payloads, names);
        visit("/discussions/manage/" + id, payloads);
        signOut();
        visit(page, payloads, names);
        visit(page + "/results", payloads, names);
        visit("/experts", short200);
        signIn(applicants.get(0));
        visit(page + "/review", payloads.subList(EXPERT_FIELDS, Math.min(p, EXPERT_FIELDS * experts)));
    }

    private String openDiscussion(WebSession editor) {
        String document = first(editor.get("/discussions/manage").body(), "value=\"([^\"]*roadmap-2018[^\"]*)\"");
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Moscow")).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> opened = editor.post("/discussions/manage", List.of("document", document,
                "title", "Проверка экранирования", "opens", now.minusHours(1).format(minutes),
                "closes", now.plusDays(1).format(minutes), "tracks", "public", "tracks", "expert",
                "reviewDue", now.plusDays(2).format(minutes), "sections", "0", "sections", "1"));
        assertThat(opened.statusCode()).as(opened.body()).isIn(302, 303);
        String id = WebSession.location(opened).replaceAll(".*/discussions/manage/([^/?#]+).*", "$1");
        discussions.add(id);
        return id;
    }

    private void post(WebSession author, String id, String text) {
        HttpResponse<String> sent = author.post("/discussions/" + id + "/contributions",
                List.of("track", "public", "anchor", "", "stance", "for", "municipality", "", "text", text));
        assertThat(sent.statusCode()).as(text + ": " + sent.body()).isIn(302, 303);
    }

    /** Opens the page in Chromium: no dialog, no script ran, no active markup in user content, every text shown. */
    @SafeVarargs
    private void visit(String path, List<String>... shown) {
        assertShown(path, open(path), shown);
    }

    /** The moderation queue, every page of it, each checked like a page; the texts are looked for in all pages together. */
    @SafeVarargs
    private void visitQueue(List<String>... shown) {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= 100; page++) {
            all.append(open("/moderation?page=" + page)).append(' ');
            if (browser.findElements(By.cssSelector("a[rel=next]")).isEmpty()) {
                break;
            }
        }
        assertShown("/moderation", all.toString(), shown);
    }

    @SafeVarargs
    private static void assertShown(String path, String content, List<String>... shown) {
        for (List<String> texts : shown) {
            for (String t : texts) {
                assertThat(content).as("shown on " + path).contains(normal(t));
            }
        }
    }

    /** Opens the page: no dialog, no script ran, no active markup in user content; returns its user content's text. */
    private String open(String path) {
        try {
            browser.get(uri(path).toString());
            try {
                String text = browser.switchTo().alert().getText();
                fail("A dialog opened on " + path + ": " + text);
            } catch (NoAlertPresentException expected) {
                // no dialog
            }
            assertThat(browser.executeScript("return typeof window.__xss")).as(path).isEqualTo("undefined");
            assertThat(browser.getCurrentUrl()).as("still on the page").contains(path.replaceAll("\\?.*", ""));
            assertThat((List<?>) browser.executeScript(FIND_ACTIVE, CONTENT)).as("active markup on " + path).isEmpty();
            return normal(String.valueOf(browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
                    + ".map(e => e.textContent + [...e.querySelectorAll('input')].map(i => ' ' + i.value).join('')).join(' ')",
                    CONTENT)));
        } catch (UnhandledAlertException e) {
            fail("A dialog opened on " + path + ": " + e.getAlertText());
            return "";
        }
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s*\\-]", "");
    }

    private void signIn(String login) {
        signOut();
        browser.get(uri("/login").toString());
        browser.findElement(By.id("f-username")).sendKeys(login);
        browser.findElement(By.id("f-password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.xpath("//button[normalize-space()='Войти']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private String user(String login, String fullName, Role role) {
        accounts.save(new PortalUser(login, fullName, login + "@example.org", EnumSet.of(role), true, HASH, null));
        logins.add(login);
        return login;
    }

    private WebSession session(String login) {
        return sessions.computeIfAbsent(login, l -> {
            WebSession s = new WebSession(port);
            assertThat(WebSession.location(s.login(l, TestUsers.PASSWORD))).doesNotContain("error");
            return s;
        });
    }

    private List<Records.Record> records(String kind, String field, String value) {
        return store.records().list(kind).stream().filter(r -> value.equals(r.string(field))).toList();
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
