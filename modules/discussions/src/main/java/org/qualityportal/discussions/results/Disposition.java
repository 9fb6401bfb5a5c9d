package org.qualityportal.discussions.results;

import java.util.Arrays;
import java.util.Optional;

/** What the editors did with a contribution. */
public enum Disposition {
    ACCEPTED("Учтено"),
    PARTIAL("Учтено частично"),
    REJECTED("Отклонено"),
    NOTED("Принято к сведению");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Disposition> of(String id) {
        return Arrays.stream(values()).filter(d -> d.id().equals(id) || d.name().equals(id)).findFirst();
    }
}
