package org.qualityportal.portal.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What a schedule does when it falls due. The names are stored; {@code id} is the form's value. */
public enum ScheduleAction {
    PUBLISH("publish", "Публикация"),
    UNPUBLISH("unpublish", "Снятие с публикации");

    private final String id;
    private final String label;

    ScheduleAction(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The form value: {@code publish} or {@code unpublish}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    static Optional<ScheduleAction> of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
