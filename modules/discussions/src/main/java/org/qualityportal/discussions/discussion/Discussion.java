package org.qualityportal.discussions.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A discussion of one document.
 *
 * @param documentPath    the live path of the document discussed ({@code /documents/roadmaps/roadmap-2018})
 * @param opens           first moment contributions are taken
 * @param closes          first moment they are no longer taken
 * @param tracks          the parts open: public and/or expert
 * @param sections        the sections open for comment (may be empty: the whole document only)
 * @param reviewDue       deadline of the expert review; until then an expert sees only their own evaluation
 * @param resultsPublished whether the summary of results is public
 */
public record Discussion(String id, String documentPath, String title, Instant opens, Instant closes,
                         Set<Track> tracks, List<Section> sections, Instant reviewDue, boolean resultsPublished,
                         String openedBy, Instant created) {

    public Discussion {
        tracks = Set.copyOf(tracks);
        sections = List.copyOf(sections);
    }

    public enum Phase { UPCOMING, OPEN, CLOSED }

    public Phase phase(Instant now) {
        if (now.isBefore(opens)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closes) ? Phase.OPEN : Phase.CLOSED;
    }

    public boolean has(Track track) {
        return tracks.contains(track);
    }

    public Optional<Section> section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /** Whether the review deadline has passed: evaluations become visible to all reviewers. */
    public boolean reviewClosed(Instant now) {
        return reviewDue != null && !now.isBefore(reviewDue);
    }

    public Discussion withResultsPublished(boolean published) {
        return new Discussion(id, documentPath, title, opens, closes, tracks, sections, reviewDue, published, openedBy,
                created);
    }
}
