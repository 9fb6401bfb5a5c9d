package org.qualityportal.discussions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.Fixtures;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.web.Viewer;

class ReviewVisibilityTest {
    static final Instant DUE = Instant.parse("2026-11-20T15:00:00Z");
    static final Instant BEFORE = DUE.minusSeconds(1);
    static final Discussion DISCUSSION = Fixtures.discussion(DUE);

    @Test
    void thoseWhoRunTheReviewAlwaysSeeIt() {
        assertSees("editor", BEFORE, true);
        assertSees("publisher", BEFORE, true);
        assertSees("admin", BEFORE, true);
        assertSees("moderator", BEFORE, true);
    }

    @Test
    void anExpertSeesOthersOnlyFromTheDeadline() {
        assertSees("expert", BEFORE, false);
        assertSees("expert", DUE, true);
        assertSees("expert", DUE.plusSeconds(86_400), true);
    }

    @Test
    void everyoneElseNever() {
        assertSees("participant", DUE.plusSeconds(86_400), false);
        assertThat(ReviewVisibility.maySeeOthers(Viewer.ANONYMOUS, DISCUSSION, DUE.plusSeconds(86_400))).isFalse();
    }

    @Test
    void withoutADeadlineAnExpertNeverSeesOthers() {
        assertThat(ReviewVisibility.maySeeOthers(new Viewer("e", Set.of("expert")), Fixtures.discussion(null),
                DUE)).isFalse();
    }

    private static void assertSees(String role, Instant now, boolean expected) {
        assertThat(ReviewVisibility.maySeeOthers(new Viewer("u", Set.of(role)), DISCUSSION, now))
                .as("%s at %s", role, now).isEqualTo(expected);
    }
}
