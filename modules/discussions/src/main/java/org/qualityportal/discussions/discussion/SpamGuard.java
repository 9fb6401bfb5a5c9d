package org.qualityportal.discussions.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.qualityportal.discussions.DiscussionsProperties;

/**
 * Against floods and repeats: at most {@code rateLimit} contributions per author within the window,
 * and never the same text twice from one author in one discussion.
 */
public final class SpamGuard {
    private final DiscussionsProperties properties;

    public SpamGuard(DiscussionsProperties properties) {
        this.properties = properties;
    }

    /** Why the author may not post again yet, given their earlier contributions; empty if they may. */
    public Optional<String> tooFast(List<Contribution> byAuthor, Instant now) {
        Instant since = now.minus(properties.rateWindow());
        long recent = byAuthor.stream().filter(c -> c.created().isAfter(since)).count();
        if (recent >= properties.rateLimit()) {
            return Optional.of("Слишком много сообщений подряд: не больше " + properties.rateLimit() + " за "
                    + properties.rateWindow().toMinutes() + " мин. Попробуйте немного позже.");
        }
        return Optional.empty();
    }

    /** Why this text is a repeat of the author's own in the discussion; empty if it is new. */
    public Optional<String> repeated(String discussionId, String text, List<Contribution> byAuthor) {
        String normal = normal(text);
        boolean repeated = byAuthor.stream().filter(c -> c.discussionId().equals(discussionId))
                .filter(c -> c.status() != ContributionStatus.WITHDRAWN)
                .anyMatch(c -> normal(c.text()).equals(normal));
        if (repeated) {
            return Optional.of("Такое сообщение вы уже отправляли в этом обсуждении.");
        }
        return Optional.empty();
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
