package org.qualityportal.portal.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The portal's clock and time zone ({@code portal.time-zone}): what the workspace prints as a
 * date and time, and how it reads the dates and times typed into its forms.
 */
@Component
public class PortalTime {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.', HH:mm", RUSSIAN);
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;
    private final Clock clock;

    public PortalTime(PortalProperties properties) {
        this.zone = properties.timeZone();
        this.clock = Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /** {@code 23 ноября 2026 г., 10:00} in the portal's zone; empty for null. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** A typed date: {@code 2026-11-23} (what a date input sends) or {@code 23.11.2026}. */
    public static Optional<LocalDate> parseDate(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DOTTED_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A typed time of day: {@code 10:00} or {@code 9:05} (seconds, if given, are kept). */
    public static Optional<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The input type to print a typed date in: {@code date} when it is empty or what a date input sends,
     * else {@code text}, so that whatever was typed is shown again as it was (and the page stays valid).
     */
    public static String dateInputType(String text) {
        return text == null || text.isBlank() || text.strip().matches("\\d{4}-\\d{2}-\\d{2}")
                && parseDate(text).isPresent() ? "date" : "text";
    }

    /** As {@link #dateInputType} for a time of day: {@code time} or {@code text}. */
    public static String timeInputType(String text) {
        return text == null || text.isBlank() || text.strip().matches("\\d{2}:\\d{2}") && parseTime(text).isPresent()
                ? "time" : "text";
    }

    /** The start of a day in the portal's zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
