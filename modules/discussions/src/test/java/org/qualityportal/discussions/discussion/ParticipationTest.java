package org.qualityportal.discussions.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.discussions.discussion.Track.EXPERT;
import static org.qualityportal.discussions.discussion.Track.PUBLIC;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.web.Viewer;

/** Who may post in which track and when: one line per cell of the matrix, with the Russian reason for a no. */
class ParticipationTest {
    private static final String SIGN_IN = "Чтобы участвовать в обсуждении, войдите или зарегистрируйтесь.";
    private static final String EXPERTS_ONLY = "Экспертная часть открыта только действующим экспертам регионального реестра.";
    private static final String SUSPENDED = "Ваш статус эксперта приостановлен: экспертная часть обсуждения вам сейчас закрыта.";

    private final DiscussionFixture f = new DiscussionFixture();
    private final Discussion both = f.open(PUBLIC, EXPERT);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anonymousMaySignInFirst() {
        assertRefusal(both, PUBLIC, Viewer.ANONYMOUS, SIGN_IN);
        assertRefusal(both, EXPERT, Viewer.ANONYMOUS, SIGN_IN);
    }

    @Test
    void participantPostsInThePublicTrackOnly() {
        Viewer ivanova = f.participant("ivanova");
        assertAllowed(both, PUBLIC, ivanova);
        assertRefusal(both, EXPERT, ivanova, EXPERTS_ONLY);
    }

    @Test
    void activeExpertWithTheRolePostsInBothTracks() {
        Viewer expert = f.expert("petrov");
        assertThat(expert.roles()).contains("expert");
        assertAllowed(both, EXPERT, expert);
        assertAllowed(both, PUBLIC, expert);
    }

    @Test
    void applicantIsNotYetAnExpert() {
        f.applicant("sidorova");
        assertRefusal(both, EXPERT, f.viewer("sidorova"), EXPERTS_ONLY);
        assertAllowed(both, PUBLIC, f.viewer("sidorova"));
    }

    @Test
    void suspendedExpertIsToldSoEvenWithARoleStillInTheSession() {
        Viewer before = f.expert("petrov");
        f.registry.suspend(f.registry.byLogin("petrov").orElseThrow().id(), "Конфликт интересов", "moderator");
        assertRefusal(both, EXPERT, before, SUSPENDED);
        assertRefusal(both, EXPERT, f.viewer("petrov"), SUSPENDED);
        assertAllowed(both, PUBLIC, f.viewer("petrov"));
    }

    @Test
    void activeRecordWithoutTheRoleIsRefused() {
        f.expert("petrov");
        assertRefusal(both, EXPERT, new Viewer("petrov", Set.of("participant")), EXPERTS_ONLY);
    }

    @Test
    void theRoleWithoutARegistryEntryIsRefused() {
        assertRefusal(both, EXPERT, f.person("guest", "participant", "expert"), EXPERTS_ONLY);
    }

    @Test
    void beforeThePeriodEveryoneIsToldWhenItOpens() {
        Discussion upcoming = f.discussions.open("/documents/d", "Проект", f.clock.instant().plus(Duration.ofDays(1)),
                f.clock.instant().plus(Duration.ofDays(10)), Set.of(PUBLIC, EXPERT), DiscussionFixture.SECTIONS, null, "editor");
        String opens = "Обсуждение откроется 3 марта 2026 г., 10:00.";
        assertRefusal(upcoming, PUBLIC, f.participant("ivanova"), opens);
        assertRefusal(upcoming, EXPERT, f.expert("petrov"), opens);
    }

    @Test
    void afterThePeriodNothingIsTaken() {
        Discussion past = f.discussions.open("/documents/d", "Проект", f.clock.instant().minus(Duration.ofDays(10)),
                f.clock.instant().minus(Duration.ofDays(1)), Set.of(PUBLIC, EXPERT), DiscussionFixture.SECTIONS, null, "editor");
        String closed = "Обсуждение завершено 1 марта 2026 г., 10:00; новые сообщения не принимаются.";
        assertRefusal(past, PUBLIC, f.participant("ivanova"), closed);
        assertRefusal(past, EXPERT, f.expert("petrov"), closed);
    }

    @Test
    void thePeriodIncludesItsOpeningMomentAndExcludesItsClosingMoment() {
        Viewer ivanova = f.participant("ivanova");
        Discussion d = f.discussions.open("/documents/d", "Проект", f.clock.instant(),
                f.clock.instant().plus(Duration.ofHours(1)), Set.of(PUBLIC), DiscussionFixture.SECTIONS, null, "editor");
        assertAllowed(d, PUBLIC, ivanova);
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.posting.refusal(d, PUBLIC, ivanova)).get().asString().startsWith("Обсуждение завершено");
    }

    @Test
    void blockedUserIsToldTheModeratorsReason() {
        Viewer ivanova = f.participant("ivanova");
        f.moderation.block("ivanova", "реклама в сообщениях", "moderator");
        assertRefusal(both, PUBLIC, ivanova,
                "Модератор заблокировал вашу учётную запись для обсуждений: реклама в сообщениях");
        Viewer expert = f.expert("petrov");
        f.moderation.block("petrov", "", "moderator");
        assertRefusal(both, EXPERT, expert, "Модератор заблокировал вашу учётную запись для обсуждений.");

        f.moderation.unblock("ivanova", "moderator");
        assertAllowed(both, PUBLIC, ivanova);
    }

    @Test
    void aTrackTheDiscussionDoesNotHaveIsClosedToAll() {
        Discussion publicOnly = f.open(PUBLIC);
        Discussion expertOnly = f.open(EXPERT);
        assertRefusal(publicOnly, EXPERT, f.expert("petrov"), "В этом обсуждении нет части «Экспертное обсуждение».");
        assertRefusal(expertOnly, PUBLIC, f.participant("ivanova"), "В этом обсуждении нет части «Общественное обсуждение».");
        assertRefusal(expertOnly, PUBLIC, f.viewer("petrov"), "В этом обсуждении нет части «Общественное обсуждение».");
    }

    private void assertAllowed(Discussion d, Track track, Viewer viewer) {
        assertThat(f.posting.refusal(d, track, viewer)).as("%s in %s", viewer.login(), track).isEmpty();
    }

    private void assertRefusal(Discussion d, Track track, Viewer viewer, String message) {
        assertThat(f.posting.refusal(d, track, viewer)).as("%s in %s", viewer.login(), track)
                .isEqualTo(Optional.of(message));
    }
}
