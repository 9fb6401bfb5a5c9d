package org.qualityportal.api;

import java.util.Set;

/**
 * A portal account as modules see it: no password, no way to change anything but roles.
 *
 * @param login the sign-in name, unique and stable
 * @param name  the full name to show, may be empty
 * @param email may be empty; mail goes nowhere then
 * @param roles role ids: {@code admin}, {@code editor}, {@code publisher}, {@code moderator},
 *              {@code expert}, {@code participant}
 */
public record Account(String login, String name, String email, Set<String> roles, boolean enabled) {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String PUBLISHER = "publisher";
    public static final String MODERATOR = "moderator";
    public static final String EXPERT = "expert";
    public static final String PARTICIPANT = "participant";

    public Account {
        roles = Set.copyOf(roles);
        name = name == null ? "" : name;
        email = email == null ? "" : email;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The name to show: the full name, or the login when there is none. */
    public String displayName() {
        return name.isBlank() ? login : name;
    }
}
