package org.qualityportal.portal.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentView;
import org.qualityportal.portal.config.PortalTime;

/**
 * Checks a schedule form: the path names something publishable, the action is known, the date and
 * time can be read and lie in the future. Messages are Russian, one per field.
 */
record ScheduleValidation(Map<String, String> errors, ScheduleAction action, Instant at) {

    static ScheduleValidation of(ScheduleForm form, ContentView author, PortalTime time) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.path().isEmpty()) {
            errors.put("path", "Укажите путь материала, например /news/2021/novost.");
        } else {
            ScheduleTargets.problem(author, form.path()).ifPresent(p -> errors.put("path", p));
        }
        Optional<ScheduleAction> action = ScheduleAction.of(form.action());
        if (action.isEmpty()) {
            errors.put("action", "Выберите, что сделать: опубликовать или снять с публикации.");
        }
        Optional<LocalDate> date = PortalTime.parseDate(form.date());
        if (form.date().isEmpty()) {
            errors.put("date", "Укажите дату.");
        } else if (date.isEmpty()) {
            errors.put("date", "Дата указана неверно: нужен день в виде ДД.ММ.ГГГГ.");
        }
        Optional<LocalTime> clock = PortalTime.parseTime(form.time());
        if (form.time().isEmpty()) {
            errors.put("time", "Укажите время.");
        } else if (clock.isEmpty()) {
            errors.put("time", "Время указано неверно: нужно ЧЧ:ММ, например 09:30.");
        }
        Instant at = null;
        if (date.isPresent() && clock.isPresent()) {
            at = time.instant(date.get(), clock.get());
            if (!at.isAfter(time.now())) {
                errors.put("time", "Это время уже прошло (сейчас " + time.format(time.now()) + "): укажите момент в будущем.");
            }
        }
        return new ScheduleValidation(java.util.Collections.unmodifiableMap(errors), action.orElse(null), at);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
