package org.qualityportal.portal.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.portal.config.PortalTime;

/**
 * The filters of the audit page as typed (kept for the form) and as understood. A date that cannot be
 * read gets a message and is not applied; an action code that cannot be one (codes are upper-case words) or a bad page number falls back to the default.
 *
 * @param user   part of the login, any case
 * @param action an {@link AuditAction} name, or empty for all
 * @param path   the start of the path
 * @param from   first day, inclusive, in the portal's zone
 * @param to     last day, inclusive
 * @param page   1-based
 * @param errors messages by field ({@code from}, {@code to})
 */
public record AuditFilter(String user, String action, String path, String from, String to, int page,
                          Map<String, String> errors) {
    private static final String BAD_DATE = "Дата указана неверно: нужен день в виде ДД.ММ.ГГГГ.";

    static AuditFilter of(String user, String action, String path, String from, String to, String page) {
        Map<String, String> errors = new LinkedHashMap<>();
        String f = clean(from);
        String t = clean(to);
        if (!f.isEmpty() && PortalTime.parseDate(f).isEmpty()) {
            errors.put("from", BAD_DATE);
        }
        if (!t.isEmpty() && PortalTime.parseDate(t).isEmpty()) {
            errors.put("to", BAD_DATE);
        }
        if (errors.isEmpty() && !f.isEmpty() && !t.isEmpty()
                && PortalTime.parseDate(t).orElseThrow().isBefore(PortalTime.parseDate(f).orElseThrow())) {
            errors.put("to", "Конец периода раньше его начала.");
        }
        int number;
        try {
            number = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            number = 1;
        }
        String a = clean(action);
        return new AuditFilter(clean(user), a.matches("[A-Z][A-Z0-9_]{0,59}") ? a : "", clean(path), f, t, number,
                Map.copyOf(errors));
    }

    /** Start of the first day, or null when there is no usable lower bound. */
    Instant fromInstant(PortalTime time) {
        return date("from", from).map(time::startOf).orElse(null);
    }

    /** Start of the day after the last day, or null. */
    Instant toInstant(PortalTime time) {
        return date("to", to).map(d -> time.startOf(d.plusDays(1))).orElse(null);
    }

    boolean matches(AuditEntry entry) {
        return (user.isEmpty() || entry.user().toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT)))
                && (action.isEmpty() || entry.action().equals(action))
                && (path.isEmpty() || entry.path().startsWith(path));
    }

    public String fromType() {
        return PortalTime.dateInputType(from);
    }

    public String toType() {
        return PortalTime.dateInputType(to);
    }

    boolean isFiltered() {
        return !(user.isEmpty() && action.isEmpty() && path.isEmpty() && from.isEmpty() && to.isEmpty());
    }

    /** The query string of this filter on another page. */
    String onPage(int number) {
        StringBuilder s = new StringBuilder("?");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("user", user);
        fields.put("action", action);
        fields.put("path", path);
        fields.put("from", from);
        fields.put("to", to);
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                s.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        s.append("page=").append(number);
        return s.toString();
    }

    private Optional<LocalDate> date(String field, String text) {
        return text.isEmpty() || errors.containsKey(field) ? Optional.empty() : PortalTime.parseDate(text);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
