package org.qualityportal.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling, under {@code portal.login.*}.
 *
 * @param maxFailures failed attempts in a row after which a login name is locked
 * @param lockout     how long it stays locked; the count starts again afterwards
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
}
