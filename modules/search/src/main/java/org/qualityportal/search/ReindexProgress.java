package org.qualityportal.search;

/** Told how far a full reindex has got, for a progress display. */
@FunctionalInterface
public interface ReindexProgress {
    /** Ignores progress. */
    ReindexProgress NONE = done -> { };

    /** Called after each document is written, with the number written so far. */
    void indexed(long done);
}
