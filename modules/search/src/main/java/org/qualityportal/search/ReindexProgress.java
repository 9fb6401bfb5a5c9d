package org.qualityportal.search;

/** Told how far a full reindex has got, for a progress display. */
@FunctionalInterface
public interface ReindexProgress {
    /** Ignores progress. */
    ReindexProgress NONE = done -> { };

    /** Called after each document is written, with the number written so far. */
    void indexed(long done);

    /**
     * Called once every document is written, before the index is merged into {@code segments} parts of
     * about equal size (a minute or so for a hundred thousand documents).
     */
    default void merging(int segments) {
    }
}
