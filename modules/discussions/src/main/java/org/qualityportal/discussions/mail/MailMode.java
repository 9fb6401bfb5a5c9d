package org.qualityportal.discussions.mail;

import java.util.Optional;

/** How a person wants to hear from the portal. Labels and hints are what the settings page offers. */
public enum MailMode {
    IMMEDIATE("Сразу", "Каждое уведомление — отдельным письмом, как только оно появится."),
    DIGEST("Раз в день", "Все уведомления за день — одним письмом-дайджестом."),
    NONE("Не присылать", "Письма не приходят; новости видны на страницах портала.");

    private final String label;
    private final String hint;

    MailMode(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The mode a form or a stored record names; empty for anything else (so a tampered form is a 400, not a 500). */
    public static Optional<MailMode> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (MailMode mode : values()) {
            if (mode.name().equals(name.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
