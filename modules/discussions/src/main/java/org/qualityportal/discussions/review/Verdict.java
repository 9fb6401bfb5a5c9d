package org.qualityportal.discussions.review;

import java.util.Arrays;
import java.util.Optional;

/** An expert's overall conclusion on the draft. */
public enum Verdict {
    RECOMMEND("Рекомендовать"),
    WITH_CHANGES("Рекомендовать с доработкой"),
    REJECT("Не рекомендовать");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Verdict> of(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id) || v.name().equals(id)).findFirst();
    }
}
