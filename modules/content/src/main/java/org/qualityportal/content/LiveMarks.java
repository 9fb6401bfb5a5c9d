package org.qualityportal.content;

import java.util.Optional;

/**
 * Marks of the live workspace, for a follower of {@link ContentStore#onLiveChange} that keeps state of its
 * own across restarts (the search index): it stores a mark with its state, and at its next start asks what
 * changed in the live tree since, including changes made while it was not listening (an {@code import} run
 * with the portal stopped). The repository keeps a mark, across restarts, until it is released or expires.
 */
public interface LiveMarks {

    /** Marks the live tree as it is now. */
    String mark();

    /**
     * What changed in the live tree from the mark to now, as one {@link LiveChange} (empty paths when
     * nothing did); empty when this repository does not know the mark: another repository's, released or
     * expired. The follower must then read the whole live tree again.
     */
    Optional<LiveChange> changesSince(String mark);

    /** Releases every mark taken through this interface except {@code kept} (all when it is null), so the repository may drop old revisions. */
    void releaseAllBut(String kept);
}
