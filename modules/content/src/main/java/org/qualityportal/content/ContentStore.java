package org.qualityportal.content;

/**
 * The content seam. Everything outside the content module reaches the repository through this
 * interface; only {@code org.qualityportal.content.oak} knows about JCR.
 */
public interface ContentStore extends AutoCloseable {

    /** Top-level trees of the author workspace (Magnolia's workspaces). */
    java.util.List<String> TREES = java.util.List.of(
            "website", "dam", "documents", "mechanisms", "conferences", "practices", "municipalities",
            "news", "journal", "experts", "discussions", "users");

    ContentView view(Workspace workspace);

    ContentWriter writer();

    Publisher publisher();

    /** True when no tree holds any content yet (first start). */
    boolean isEmpty();

    @Override
    void close();
}
