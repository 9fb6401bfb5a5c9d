package org.qualityportal.discussions.discussion;

import java.time.Instant;
import java.util.Optional;

import org.qualityportal.api.Account;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertStatus;
import org.qualityportal.discussions.web.Viewer;

/**
 * Who may post in which part of a discussion, and when: the one place these rules live, answering
 * with the Russian reason when the answer is no.
 */
public final class Participation {
    private Participation() {
    }

    /**
     * Why {@code viewer} may not post in {@code track} now, or empty when they may.
     *
     * @param blocked the moderator's reason if the viewer is blocked, else empty
     * @param expert  the viewer's registry entry, if any
     */
    public static Optional<String> refusal(Discussion d, Track track, Viewer viewer, Optional<String> blocked,
                                           Optional<Expert> expert, Instant now, ModuleTime time) {
        if (!viewer.signedIn()) {
            return Optional.of("Чтобы участвовать в обсуждении, войдите или зарегистрируйтесь.");
        }
        if (blocked.isPresent()) {
            return Optional.of("Модератор заблокировал вашу учётную запись для обсуждений"
                    + (blocked.get().isBlank() ? "." : ": " + blocked.get()));
        }
        switch (d.phase(now)) {
            case UPCOMING -> {
                return Optional.of("Обсуждение откроется " + time.format(d.opens()) + ".");
            }
            case CLOSED -> {
                return Optional.of("Обсуждение завершено " + time.format(d.closes())
                        + "; новые сообщения не принимаются.");
            }
            default -> {
            }
        }
        if (!d.has(track)) {
            return Optional.of("В этом обсуждении нет части «" + track.label() + "».");
        }
        if (track == Track.EXPERT) {
            if (expert.isPresent() && expert.get().status() == ExpertStatus.SUSPENDED) {
                return Optional.of("Ваш статус эксперта приостановлен: экспертная часть обсуждения вам сейчас закрыта.");
            }
            if (expert.isEmpty() || !expert.get().active() || !viewer.has(Account.EXPERT)) {
                return Optional.of("Экспертная часть открыта только действующим экспертам регионального реестра.");
            }
        }
        return Optional.empty();
    }
}
