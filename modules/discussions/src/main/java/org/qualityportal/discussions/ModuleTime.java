package org.qualityportal.discussions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Now, and dates in the portal's zone in Russian. */
public class ModuleTime {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.', HH:mm", RUSSIAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", RUSSIAN);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Clock clock;

    public ModuleTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code 23 ноября 2026 г., 10:00}; empty for null. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** {@code 23 ноября 2026 г.}; empty for null. */
    public String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The value of a {@code datetime-local} input for the instant. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone()));
    }

    /** Reads a {@code datetime-local} value ({@code 2026-11-23T10:00}) in the portal's zone; null if it is not one. */
    public Instant parseInput(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().length() > 16 ? value.strip().substring(0, 16) : value.strip(), INPUT)
                    .atZone(zone()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
