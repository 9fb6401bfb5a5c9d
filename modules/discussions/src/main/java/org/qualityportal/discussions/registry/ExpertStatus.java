package org.qualityportal.discussions.registry;

import java.util.Arrays;
import java.util.Optional;

/** Where an expert stands in the registry. */
public enum ExpertStatus {
    APPLICANT("Заявка на рассмотрении"),
    ACTIVE("Действующий эксперт"),
    SUSPENDED("Приостановлен"),
    LEFT("Выбыл"),
    DECLINED("Заявка отклонена");

    private final String label;

    ExpertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ExpertStatus> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
