package org.qualityportal.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per login name, in memory. After {@code maxFailures} failures in a row the name is
 * locked for {@code lockout}. Names are counted whether or not such an account exists, so the
 * lock reveals nothing about which accounts there are. A success clears the count.
 */
class LoginAttempts {
    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil != null && clock.instant().isBefore(f.lockedUntil);
    }

    void failed(String username) {
        failures.compute(key(username), (k, f) -> {
            Instant now = clock.instant();
            int count = f == null || (f.lockedUntil != null && !now.isBefore(f.lockedUntil)) ? 1 : f.count + 1;
            return new Failures(count, count >= properties.maxFailures() ? now.plus(properties.lockout()) : null);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
