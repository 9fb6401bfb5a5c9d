package org.qualityportal.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The login form: sessions, the Russian refusal, the lockout after five failures, CSRF, logout. */
class LoginHttpTest extends PortalIntegrationTest {
    private static final String WRONG = "неверный-пароль";

    @Autowired
    UserAccounts accounts;

    @Test
    void theLoginPageIsRussianAndLabelled() {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ru\">", "<label for=\"f-username\">", "<label for=\"f-password\">",
                "name=\"_csrf\"", "autocomplete=\"current-password\"", "/.resources/portal/webresources/css/portal.");
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theRightPasswordOpensASessionAndLogoutEndsIt() {
        WebSession session = new WebSession(port);

        HttpResponse<String> login = session.login("admin", ADMIN_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(login)).endsWith("/author");
        assertThat(session.get("/author").statusCode()).isEqualTo(200);
        assertThat(session.get("/author").body()).contains("Вы вошли как", "admin");

        HttpResponse<String> logout = session.post("/logout", List.of());
        assertThat(WebSession.location(logout)).endsWith("/login?logout");
        assertThat(session.get("/login?logout").body()).contains("Вы вышли");
        assertThat(session.get("/author").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountsSessionEndsAtOnceAndChangedRolesApplyWithoutANewLogin() {
        TestUsers.create(accounts, "t-session-editor", Set.of(Role.EDITOR));
        TestUsers.create(accounts, "t-session-publisher", Set.of(Role.PUBLISHER));
        try {
            WebSession editor = new WebSession(port);
            editor.login("t-session-editor", TestUsers.PASSWORD);
            WebSession publisher = new WebSession(port);
            publisher.login("t-session-publisher", TestUsers.PASSWORD);
            assertThat(editor.get("/author").statusCode()).isEqualTo(200);
            assertThat(publisher.post("/author/content/news/publish", List.of()).statusCode()).isEqualTo(302);

            accounts.save(accounts.find("t-session-editor").orElseThrow().withEnabled(false));
            accounts.save(accounts.find("t-session-publisher").orElseThrow().withRoles(Set.of(Role.EDITOR)));

            HttpResponse<String> ended = editor.get("/author");
            assertThat(ended.statusCode()).isEqualTo(302);
            assertThat(WebSession.location(ended)).endsWith("/login?ended");
            assertThat(editor.get("/login?ended").body()).contains("Сеанс завершён: учётная запись отключена или удалена.");
            assertThat(editor.get("/author").statusCode()).as("the session is gone, not only refused once").isEqualTo(302);
            assertThat(WebSession.location(editor.get("/author"))).endsWith("/login");
            assertThat(editor.get("/").statusCode()).as("the public site stays open").isEqualTo(200);

            assertThat(publisher.post("/author/content/news/publish", List.of()).statusCode()).isEqualTo(403);
            assertThat(publisher.get("/author").statusCode()).as("still an editor").isEqualTo(200);
        } finally {
            accounts.delete("t-session-editor");
            accounts.delete("t-session-publisher");
        }
    }

    @Test
    void aWrongPasswordIsRefusedInRussianWithoutSayingWhichPartWasWrong() {
        WebSession session = new WebSession(port);

        HttpResponse<String> wrong = session.login("admin-typo", WRONG);

        assertThat(WebSession.location(wrong)).endsWith("/login?error");
        assertThat(session.get("/login?error").body()).contains("Неверное имя пользователя или пароль.");
        assertThat(session.get("/author").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailuresLockTheNameEvenForTheRightPassword() {
        String name = "t-lockout";
        TestUsers.create(accounts, name, Set.of(Role.EDITOR));
        try {
            WebSession session = new WebSession(port);
            for (int i = 0; i < 4; i++) {
                assertThat(WebSession.location(session.login(name, WRONG))).endsWith("/login?error");
            }
            assertThat(WebSession.location(session.login(name, WRONG))).endsWith("/login?locked");

            HttpResponse<String> right = session.login(name, TestUsers.PASSWORD);

            assertThat(WebSession.location(right)).endsWith("/login?locked");
            assertThat(session.get("/login?locked").body()).contains("временно заблокирован", "15 мин.");
            assertThat(session.get("/author").statusCode()).isEqualTo(302);
        } finally {
            accounts.delete(name);
        }
    }

    @Test
    void aNameWithoutAnAccountLocksTheSameWaySoTheLockRevealsNothing() {
        WebSession session = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            session.login("no-such-user", WRONG);
        }

        assertThat(WebSession.location(session.login("no-such-user", WRONG))).endsWith("/login?locked");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        WebSession session = new WebSession(port);

        HttpResponse<String> login = session.postWithoutToken("/login",
                List.of("username", "admin", "password", ADMIN_PASSWORD));

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("Доступ запрещён").doesNotContain("Exception");
        assertThat(session.get("/author").statusCode()).isEqualTo(302);
    }

    @Test
    void anonymousVisitorsOfThePublicSiteGetNoSessionCookie() {
        for (String path : List.of("/", "/news", "/sitemap.xml", "/api/delivery/news", "/robots.txt")) {
            assertThat(get(path).headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }
}
