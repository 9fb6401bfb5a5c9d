package org.qualityportal.content;

import java.util.function.Consumer;

/**
 * The content seam. Everything outside the content module reaches the repository through this
 * interface; only {@code org.qualityportal.content.oak} knows about JCR.
 */
public interface ContentStore extends AutoCloseable {

    /** Top-level trees of the author workspace (Magnolia's workspaces). */
    java.util.List<String> TREES = java.util.List.of(
            "website", "dam", "documents", "mechanisms", "conferences", "practices", "municipalities",
            "news", "journal", "experts", "discussions", "users");

    /** A view that opens a repository session per read; safe to share between threads. */
    ContentView view(Workspace workspace);

    /** A view on one session, for a burst of reads by one thread (a page render). */
    ContentSession open(Workspace workspace);

    ContentWriter writer();

    Publisher publisher();

    /** The portal's system records (audit log, schedules): beside the content, never part of it. */
    Records records();

    /** Whether a path lies in one of the {@link #TREES} (content), not in the store's own system roots. */
    static boolean isContentPath(String path) {
        return path != null && path.startsWith("/") && TREES.contains(ContentPaths.tree(path));
    }

    /**
     * Listens to the live workspace: after every saved change (publish, unpublish, move, delete) the
     * listener gets the changed content paths, on the repository's observation thread, shortly after
     * the save. Closing the handle stops it.
     */
    AutoCloseable onLiveChange(Consumer<LiveChange> listener);

    /** Marks of the live tree, to learn at start what changed while nobody listened. */
    LiveMarks liveMarks();

    /** True when no tree holds any content yet (first start). */
    boolean isEmpty();

    @Override
    void close();
}
