package org.qualityportal.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.UserAccounts;
import org.qualityportal.portal.security.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's user pages: validation that keeps what was typed, creating, disabling, escaping. */
class AdminUsersHttpTest extends PortalIntegrationTest {
    static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String PASSWORD = "Надёжный-пароль-2024";

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;

    private WebSession admin;

    @BeforeEach
    void signIn() {
        admin = new WebSession(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void anInvalidFormKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() {
        HttpResponse<String> page = create("t-ivanova", "Иванова Мария Петровна", "ivanova-at-example", "editor", "короткий");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"t-ivanova\"", "value=\"Иванова Мария Петровна\"",
                "value=\"ivanova-at-example\"", "value=\"editor\" checked",
                "Адрес электронной почты указан неверно", "Пароль не короче 12 знаков.", "aria-invalid=\"true\"")
                .doesNotContain("короткий");
        assertThat(accounts.find("t-ivanova")).isEmpty();
    }

    @Test
    void aCreatedUserIsStoredWithABcryptHashCanLogInAndNotOnceDisabled() {
        try {
            HttpResponse<String> created = create("t-petrov", "Петров Пётр", "petrov@example.org", "editor", PASSWORD);

            assertThat(created.statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin/users").body()).contains("Пользователь «t-petrov» создан.", "Петров Пётр");
            var node = store.view(Workspace.AUTHOR).get("/users/t-petrov").orElseThrow();
            assertThat(node.string("passwordHash")).startsWith("$2");
            assertThat(node.properties().get("roles")).isEqualTo(List.of("editor"));
            WebSession petrov = new WebSession(port);
            assertThat(WebSession.location(petrov.login("t-petrov", PASSWORD))).endsWith("/author");
            assertThat(petrov.get("/author").statusCode()).isEqualTo(200);

            admin.post("/admin/users/t-petrov/enabled", List.of("enabled", "false"));

            assertThat(accounts.find("t-petrov").orElseThrow().enabled()).isFalse();
            assertThat(WebSession.location(new WebSession(port).login("t-petrov", PASSWORD))).endsWith("/login?error");
        } finally {
            accounts.delete("t-petrov");
        }
    }

    @Test
    void rolesAndPasswordCanBeChanged() {
        try {
            create("t-sidorov", "Сидоров", "sidorov@example.org", "expert", PASSWORD);

            admin.post("/admin/users/t-sidorov/roles", List.of("roles", "editor", "roles", "publisher"));
            HttpResponse<String> shortPassword = admin.post("/admin/users/t-sidorov/password", List.of("password", "123"));
            admin.post("/admin/users/t-sidorov/password", List.of("password", "Другой-пароль-2025"));

            assertThat(shortPassword.body()).contains("Пароль не короче 12 знаков.");
            assertThat(accounts.find("t-sidorov").orElseThrow().roles()).extracting(Enum::name)
                    .containsExactlyInAnyOrder("EDITOR", "PUBLISHER");
            assertThat(WebSession.location(new WebSession(port).login("t-sidorov", "Другой-пароль-2025"))).endsWith("/author");
        } finally {
            accounts.delete("t-sidorov");
        }
    }

    @Test
    void anAdminCannotDisableThemself() {
        admin.post("/admin/users/admin/enabled", List.of("enabled", "false"));

        assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void fullNamesAreEscapedInTheList() throws Exception {
        List<String> payloads = Files.readAllLines(PAYLOADS).stream().filter(p -> p.contains("<") && p.length() <= 200).limit(20).toList();
        assertThat(payloads).isNotEmpty();
        try {
            for (int i = 0; i < payloads.size(); i++) {
                create("t-xss-" + i, payloads.get(i), "x" + i + "@example.org", "participant", PASSWORD);
            }

            String list = admin.get("/admin/users").body();

            for (int i = 0; i < payloads.size(); i++) {
                assertThat(accounts.find("t-xss-" + i)).as(payloads.get(i)).isPresent();
                assertThat(list).as(payloads.get(i)).doesNotContain(payloads.get(i));
            }
            assertThat(list).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<svg");
        } finally {
            for (int i = 0; i < payloads.size(); i++) {
                accounts.delete("t-xss-" + i);
            }
        }
    }

    private HttpResponse<String> create(String username, String fullName, String email, String role, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("email", email);
        fields.put("roles", role);
        fields.put("password", password);
        return admin.post("/admin/users", WebSession.form(fields));
    }
}
