package org.qualityportal.discussions.mail;

/**
 * What a notification is about. The label heads the item in a digest, so a reader scanning a day's
 * mail sees at once which kind of news each item is.
 */
public enum NotificationKind {
    APPLICATION_DECIDED("Решение по заявке эксперта"),
    REPLY("Ответ на ваше предложение"),
    REVIEW_ASSIGNED("Назначена экспертиза"),
    REVIEW_DEADLINE("Срок экспертизы"),
    DISCUSSION_CLOSED("Обсуждение завершено"),
    RESULTS_PUBLISHED("Опубликованы итоги обсуждения");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
