package org.qualityportal.discussions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that stands still until the test moves it, in the portal's zone. It only moves forward:
 * record ids follow the store's clock, and the module orders contributions by id.
 */
public final class TestClock extends Clock {
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return MOSCOW;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
