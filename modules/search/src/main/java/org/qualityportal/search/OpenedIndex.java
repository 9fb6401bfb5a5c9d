package org.qualityportal.search;

/**
 * The outcome of {@link SearchIndex#openOrCreate}: the index, and whether it must be rebuilt
 * from the content before its results are complete.
 *
 * @param index the open index, ready to serve (possibly empty)
 * @param state what was found in the directory
 * @param problem why a fresh index was created (missing, corrupt…), or {@code null}
 */
public record OpenedIndex(SearchIndex index, State state, String problem) {

    /** What the directory held. */
    public enum State {
        /** An index of the current schema: serve it, no rebuild needed. */
        CURRENT,
        /** An index of an older schema: serve it while a rebuild runs. */
        OUTDATED,
        /** Nothing usable (missing, corrupt or unreadable): a fresh empty index was created. */
        CREATED
    }

    /** Whether the caller should run {@link SearchIndex#replaceAll} from the content. */
    public boolean needsRebuild() {
        return state != State.CURRENT;
    }
}
