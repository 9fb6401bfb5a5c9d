package org.qualityportal.discussions;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of discussions and expert review, under {@code portal.discussions}.
 *
 * @param timeZone         the zone periods and deadlines are typed and shown in
 * @param editWindow       how long after posting an author may still edit
 * @param rateLimit        contributions one user may post within {@code rateWindow}
 * @param rateWindow       the window of the rate limit
 * @param trustedAfter     published contributions after which a participant is post-moderated
 * @param smallGroup       groups smaller than this are not shown by name in the results (shown as "other")
 * @param maxLength        longest contribution, in characters
 * @param reminderBefore   how long before a review deadline the reminder goes out
 * @param mail             notifications by e-mail
 */
@ConfigurationProperties("portal.discussions")
public record DiscussionsProperties(@DefaultValue("Europe/Moscow") ZoneId timeZone,
                                    @DefaultValue("15m") Duration editWindow,
                                    @DefaultValue("5") int rateLimit,
                                    @DefaultValue("10m") Duration rateWindow,
                                    @DefaultValue("1") int trustedAfter,
                                    @DefaultValue("5") int smallGroup,
                                    @DefaultValue("5000") int maxLength,
                                    @DefaultValue("2d") Duration reminderBefore,
                                    @DefaultValue Mail mail) {

    /**
     * @param enabled  send mail at all (off by default: the portal logs that it is off and sends nothing)
     * @param from     the sender address
     * @param baseUrl  the site's public address for links in mails
     * @param digestAt local time of day the daily digest goes out, {@code HH:mm}
     */
    public record Mail(@DefaultValue("false") boolean enabled,
                       @DefaultValue("portal@localhost") String from,
                       @DefaultValue("http://localhost:8080") String baseUrl,
                       @DefaultValue("08:00") String digestAt) {
    }

    /** Defaults, for tests and tools that build the module's parts by hand. */
    public static DiscussionsProperties defaults() {
        return new DiscussionsProperties(ZoneId.of("Europe/Moscow"), Duration.ofMinutes(15), 5, Duration.ofMinutes(10),
                1, 5, 5000, Duration.ofDays(2), new Mail(false, "portal@localhost", "http://localhost:8080", "08:00"));
    }
}
