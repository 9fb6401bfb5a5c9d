package org.qualityportal.portal.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled publishing, under {@code portal.schedule.*}.
 *
 * @param interval how often due schedules are looked for and carried out (the first look is at start, so
 *                 whatever fell due while the portal was stopped is done then)
 * @param recent   how far back the schedules page lists the schedules carried out
 */
@ConfigurationProperties("portal.schedule")
public record ScheduleProperties(@DefaultValue("30s") Duration interval, @DefaultValue("7d") Duration recent) {
}
