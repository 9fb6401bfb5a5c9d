package org.qualityportal.content.oak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.LiveChange;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;

/** Changes to the live workspace reach a listener as content paths; author-only changes do not. */
class LiveObservationTest {
    private final OakContentStore store = OakContentStore.inMemory();
    private final BlockingQueue<LiveChange> changes = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void publishMoveAndUnpublishAreObservedAsContentPaths() throws Exception {
        store.writer().upsert("/news/n1", NodeData.of("n1", Map.of(ContentProperties.TYPE, NodeKind.ITEM, "title", "Новость")));
        try (AutoCloseable listening = store.onLiveChange(changes::add)) {
            store.writer().upsert("/news/n2", NodeData.of("n2", Map.of(ContentProperties.TYPE, NodeKind.ITEM, "title", "Черновик")));
            store.publisher().publish("/news/n1", "u");
            assertThat(pathsUntil("/news/n1")).contains("/news/n1").doesNotContain("/news/n2");

            store.writer().move("/news/n1", "/news/n1-moved");
            assertThat(pathsUntil("/news/n1-moved")).contains("/news/n1", "/news/n1-moved");

            store.publisher().unpublish("/news/n1-moved", "u");
            assertThat(pathsUntil("/news/n1-moved")).contains("/news/n1-moved");
        }
        changes.clear();
        store.publisher().publish("/news/n2", "u");
        assertThat(changes.poll(1, TimeUnit.SECONDS)).as("nothing after closing").isNull();
    }

    /** Paths of the changes delivered until one names {@code path} (at most 30 s). */
    private Set<String> pathsUntil(String path) throws InterruptedException {
        Set<String> seen = new HashSet<>();
        while (!seen.contains(path)) {
            LiveChange change = changes.poll(30, TimeUnit.SECONDS);
            assertThat(change).as("a change naming " + path).isNotNull();
            seen.addAll(change.paths());
        }
        return seen;
    }
}
