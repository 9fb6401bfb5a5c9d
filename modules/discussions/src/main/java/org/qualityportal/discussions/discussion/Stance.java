package org.qualityportal.discussions.discussion;

import java.util.Arrays;
import java.util.Optional;

/** A contribution's position on the draft. */
public enum Stance {
    FOR("За"),
    NEUTRAL("Нейтрально"),
    AGAINST("Против");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Stance> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id) || t.name().equals(id)).findFirst();
    }
}
