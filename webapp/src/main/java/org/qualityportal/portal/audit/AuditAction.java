package org.qualityportal.portal.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened, with its Russian label: the one place the audit log's words are kept. The names are
 * stored with each entry, so an action is never renamed; new ones may be added.
 */
public enum AuditAction {
    CREATED("Создание"),
    CHANGED("Изменение"),
    PUBLISHED("Публикация"),
    UNPUBLISHED("Снятие с публикации"),
    DELETED("Удаление"),
    MOVED("Перемещение"),
    RESTORED("Восстановление версии"),
    SCHEDULED("Публикация запланирована"),
    SCHEDULE_CANCELLED("Расписание отменено"),
    SCHEDULE_FAILED("Расписание не выполнено"),
    USER_CREATED("Новый пользователь"),
    USER_CHANGED("Изменение пользователя"),
    IMPORTED("Импорт"),
    EXPORTED("Экспорт"),
    REINDEXED("Переиндексация поиска");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The action of a stored or requested name, if it is one. */
    public static Optional<AuditAction> of(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
