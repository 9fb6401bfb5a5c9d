package org.qualityportal.portal.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** One account per role for the tests, written through the repository and removed afterwards. */
public final class TestUsers {
    public static final String PASSWORD = "Пароль-для-тестов-1";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestUsers() {
    }

    public static String username(Role role) {
        return "t-" + role.name().toLowerCase(Locale.ROOT);
    }

    public static void createAll(UserAccounts accounts) {
        for (Role role : Role.values()) {
            create(accounts, username(role), Set.of(role));
        }
    }

    public static void create(UserAccounts accounts, String username, Set<Role> roles) {
        accounts.save(new PortalUser(username, "Тестовый " + username, username + "@example.org",
                EnumSet.copyOf(roles), true, HASH, null));
    }

    /** Creates the role's test account (with that one role) and signs it in on a new session. */
    public static WebSession signedIn(UserAccounts accounts, int port, Role role) {
        create(accounts, username(role), Set.of(role));
        WebSession session = new WebSession(port);
        session.login(username(role), PASSWORD);
        return session;
    }

    public static void deleteAll(UserAccounts accounts) {
        for (Role role : Role.values()) {
            accounts.delete(username(role));
        }
    }
}
