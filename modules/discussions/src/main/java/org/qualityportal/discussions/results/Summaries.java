package org.qualityportal.discussions.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.review.ReviewAggregate;

/**
 * Computes a discussion's {@link Summary}. Counts of participants include everyone who ever submitted
 * something (a hidden or withdrawn contribution was still participation); stance counts cover only
 * what the public can read, and what moderators removed is counted apart so the numbers add up
 * honestly. Municipalities with fewer than {@code smallGroup} participants are merged, so that a
 * municipality with one or two participants does not point at a person.
 */
public final class Summaries {
    static final String WHOLE_DOCUMENT = "Документ в целом";
    static final String NO_MUNICIPALITY = "Не указан";
    static final String NOT_DECIDED = "Не рассмотрено";

    private Summaries() {
    }

    public static Summary compute(Discussion discussion, List<Contribution> contributions, ReviewAggregate review,
                                  int smallGroup) {
        List<Contribution> ordered = contributions.stream()
                .sorted(Comparator.comparing(Contribution::created).thenComparing(Contribution::id)).toList();
        Set<String> authors = new HashSet<>();
        ordered.forEach(c -> authors.add(c.author()));
        List<Summary.Count> byTrack = new ArrayList<>();
        for (Track t : Track.values()) {
            if (discussion.has(t)) {
                byTrack.add(new Summary.Count(t.label(), (int) ordered.stream().filter(c -> c.track() == t)
                        .map(Contribution::author).distinct().count()));
            }
        }
        List<Summary.Count> stances = new ArrayList<>();
        for (Stance s : Stance.values()) {
            stances.add(new Summary.Count(s.label(), (int) ordered.stream()
                    .filter(c -> c.visible() && c.stance() == s).count()));
        }
        int away = count(ordered, ContributionStatus.HIDDEN) + count(ordered, ContributionStatus.REJECTED);
        List<Summary.Row> rows = ordered.stream().filter(c -> c.status() != ContributionStatus.PENDING)
                .map(c -> row(discussion, c)).toList();
        return new Summary(discussion.id(), discussion.title(), discussion.documentPath(), discussion.opens(),
                discussion.closes(), authors.size(), byTrack, municipalities(ordered, smallGroup), stances, away,
                count(ordered, ContributionStatus.WITHDRAWN), rows, review);
    }

    /** Each author counts once, under the municipality they gave last. */
    static List<Summary.Count> municipalities(List<Contribution> ordered, int smallGroup) {
        Map<String, String> municipalityOf = new HashMap<>();
        for (Contribution c : ordered) {
            String m = c.municipality() == null ? "" : c.municipality().strip();
            if (!m.isEmpty() || !municipalityOf.containsKey(c.author())) {
                municipalityOf.put(c.author(), m);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        municipalityOf.values().forEach(m -> counts.merge(m, 1, Integer::sum));
        int unknown = counts.getOrDefault("", 0);
        counts.remove("");
        Map<String, Integer> named = new LinkedHashMap<>();
        int others = 0;
        int otherGroups = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
            if (e.getValue() >= smallGroup) {
                named.put(e.getKey(), e.getValue());
            } else {
                others += e.getValue();
                otherGroups++;
            }
        }
        List<Summary.Count> result = new ArrayList<>();
        named.forEach((m, n) -> result.add(new Summary.Count(m, n)));
        if (otherGroups > 0) {
            result.add(new Summary.Count("Другие муниципалитеты (менее " + smallGroup + " участников в каждом)", others));
        }
        if (unknown > 0) {
            result.add(new Summary.Count(NO_MUNICIPALITY, unknown));
        }
        return result;
    }

    private static Summary.Row row(Discussion discussion, Contribution c) {
        String section = c.anchor() == null ? WHOLE_DOCUMENT
                : discussion.section(c.anchor()).map(s -> s.title()).orElse(WHOLE_DOCUMENT);
        String text = switch (c.status()) {
            case HIDDEN, REJECTED -> "Скрыто модератором: " + (c.moderation() == null ? "" : c.moderation());
            case WITHDRAWN -> "Отозвано автором";
            default -> c.text();
        };
        return new Summary.Row(c.id(), c.created(), c.authorName(), c.track() == null ? "" : c.track().label(), section,
                c.stance() == null ? "" : c.stance().label(), text, c.visible(), c.status().label(),
                c.disposition() == null ? NOT_DECIDED : c.disposition().label(),
                c.dispositionReason() == null ? "" : c.dispositionReason(),
                c.dispositionLink() == null ? "" : c.dispositionLink());
    }

    private static int count(List<Contribution> contributions, ContributionStatus status) {
        return (int) contributions.stream().filter(c -> c.status() == status).count();
    }
}
