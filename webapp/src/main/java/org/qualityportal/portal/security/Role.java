package org.qualityportal.portal.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The portal's roles (design §1). Stored on the user node by their lower-case name
 * ({@code editor}); Spring Security sees them as authorities {@code ROLE_EDITOR}.
 */
public enum Role {
    ADMIN("Администратор"),
    EDITOR("Редактор"),
    PUBLISHER("Публикатор"),
    MODERATOR("Модератор"),
    EXPERT("Эксперт"),
    PARTICIPANT("Участник обсуждений");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The value stored in the repository. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Russian name shown in the admin UI. */
    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
