package org.qualityportal.discussions.discussion;

import java.util.Arrays;
import java.util.Optional;

/** Who may post in a discussion's part: any registered participant, or active experts of the registry only. */
public enum Track {
    PUBLIC("Общественное обсуждение"),
    EXPERT("Экспертное обсуждение");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Track> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id) || t.name().equals(id)).findFirst();
    }
}
