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

    public static void deleteAll(UserAccounts accounts) {
        for (Role role : Role.values()) {
            accounts.delete(username(role));
        }
    }
}
