package org.qualityportal.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Reading typed dates and times, and printing instants in Russian in the portal's zone. */
class PortalTimeTest {
    private final PortalTime time = new PortalTime(new PortalProperties(Path.of("."), Path.of("."), Path.of("."), false,
            null, false, null, null, ZoneId.of("Europe/Moscow")));

    @Test
    void datesAreReadInBothFormsAndStrictly() {
        assertThat(PortalTime.parseDate("2026-11-23")).contains(LocalDate.of(2026, 11, 23));
        assertThat(PortalTime.parseDate(" 23.11.2026 ")).contains(LocalDate.of(2026, 11, 23));
        assertThat(PortalTime.parseDate("3.1.2026")).contains(LocalDate.of(2026, 1, 3));
        assertThat(PortalTime.parseDate("31.02.2026")).isEmpty();
        assertThat(PortalTime.parseDate("2026-02-30")).isEmpty();
        assertThat(PortalTime.parseDate("завтра")).isEmpty();
        assertThat(PortalTime.parseDate(null)).isEmpty();
    }

    @Test
    void timesAreReadWithOrWithoutALeadingZero() {
        assertThat(PortalTime.parseTime("09:30")).contains(LocalTime.of(9, 30));
        assertThat(PortalTime.parseTime("9:05")).contains(LocalTime.of(9, 5));
        assertThat(PortalTime.parseTime("25:61")).isEmpty();
        assertThat(PortalTime.parseTime("")).isEmpty();
    }

    @Test
    void whatCannotBeShownInADateOrTimeInputIsShownAsText() {
        assertThat(PortalTime.dateInputType("")).isEqualTo("date");
        assertThat(PortalTime.dateInputType("2026-11-23")).isEqualTo("date");
        assertThat(PortalTime.dateInputType("23.11.2026")).isEqualTo("text");
        assertThat(PortalTime.dateInputType("2026-02-30")).isEqualTo("text");
        assertThat(PortalTime.timeInputType("10:00")).isEqualTo("time");
        assertThat(PortalTime.timeInputType("9:00")).isEqualTo("text");
    }

    @Test
    void instantsArePrintedInRussianInThePortalsZone() {
        assertThat(time.format(Instant.parse("2026-11-23T07:05:00Z"))).isEqualTo("23 ноября 2026 г., 10:05");
        assertThat(time.format(null)).isEmpty();
        assertThat(time.instant(LocalDate.of(2026, 1, 1), LocalTime.of(0, 0)))
                .isEqualTo(Instant.parse("2025-12-31T21:00:00Z"));
    }
}
