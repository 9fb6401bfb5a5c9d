package org.qualityportal.discussions.discussion;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a contribution stands. Nothing is ever deleted: a withdrawn or hidden contribution stays as a
 * visible placeholder (with the moderator's reason), and its replies stay.
 */
public enum ContributionStatus {
    /** Waiting for a moderator (a new participant's first contributions). */
    PENDING("На модерации"),
    PUBLISHED("Опубликовано"),
    HIDDEN("Скрыто модератором"),
    WITHDRAWN("Отозвано автором"),
    /** Turned down before it was ever shown. */
    REJECTED("Отклонено модератором");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ContributionStatus> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
