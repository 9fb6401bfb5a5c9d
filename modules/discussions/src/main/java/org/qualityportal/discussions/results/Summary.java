package org.qualityportal.discussions.results;

import java.time.Instant;
import java.util.List;

import org.qualityportal.discussions.review.ReviewAggregate;

/**
 * The results of a discussion, computed once for the results page and the exports. Public record types
 * throughout, because FreeMarker reads them.
 *
 * @param participants      distinct authors of everything ever submitted
 * @param byTrack           participants per track
 * @param byMunicipality    participants per municipality, small groups merged
 * @param stances           stance counts over what is shown (published)
 * @param moderatedAway     contributions hidden or rejected by moderators
 * @param withdrawn         contributions withdrawn by their authors
 * @param rows              the disposition table, in creation order
 */
public record Summary(String discussionId, String title, String documentPath, Instant opens, Instant closes,
                      int participants, List<Count> byTrack, List<Count> byMunicipality, List<Count> stances,
                      int moderatedAway, int withdrawn, List<Row> rows, ReviewAggregate review) {

    public Summary {
        byTrack = List.copyOf(byTrack);
        byMunicipality = List.copyOf(byMunicipality);
        stances = List.copyOf(stances);
        rows = List.copyOf(rows);
    }

    /** A labelled count. */
    public record Count(String label, int count) {
    }

    /**
     * One line of the disposition table.
     *
     * @param shown       whether {@code text} is what the author wrote; otherwise it is a marker
     *                    («Скрыто модератором: …», «Отозвано автором»)
     * @param status      the contribution's status label, so that exports mark what is not shown
     * @param disposition the editors' decision label, or «Не рассмотрено»
     */
    public record Row(String id, Instant created, String authorName, String track, String section, String stance,
                      String text, boolean shown, String status, String disposition, String reason, String link) {
    }
}
