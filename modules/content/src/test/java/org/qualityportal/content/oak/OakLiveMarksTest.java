package org.qualityportal.content.oak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.LiveChange;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;

/** A mark taken before a restart tells what was published, changed and unpublished after it. */
class OakLiveMarksTest {

    @Test
    void changesSinceAMarkSurviveARestart(@TempDir Path dir) throws Exception {
        String mark;
        try (OakContentStore store = OakContentStore.segmentTar(dir)) {
            item(store, "/news/kept", "Останется");
            item(store, "/news/gone", "Будет снята");
            store.publisher().publish("/news/kept", "editor");
            store.publisher().publish("/news/gone", "editor");
            mark = store.liveMarks().mark();
        }
        try (OakContentStore store = OakContentStore.segmentTar(dir)) {
            assertThat(store.liveMarks().changesSince(mark)).contains(new LiveChange(java.util.Set.of()));

            item(store, "/documents/new", "Новый документ");
            store.writer().upsert("/documents/new/attachment", NodeData.of("attachment",
                    Map.of(ContentProperties.TYPE, NodeKind.COMPONENT, "caption", "Приложение")));
            item(store, "/news/draft", "Только черновик");
            store.publisher().publish("/documents/new", "editor");
            store.publisher().unpublish("/news/gone", "editor");

            LiveChange changes = store.liveMarks().changesSince(mark).orElseThrow();
            assertThat(changes.paths())
                    .contains("/documents/new", "/documents/new/attachment", "/news/gone")
                    .doesNotContain("/news/kept", "/news/draft");
        }
    }

    @Test
    void anUnknownOrReleasedMarkAsksForEverything(@TempDir Path dir) throws Exception {
        try (OakContentStore store = OakContentStore.segmentTar(dir);
             OakContentStore other = OakContentStore.inMemory()) {
            String old = store.liveMarks().mark();
            String current = store.liveMarks().mark();
            store.liveMarks().releaseAllBut(current);

            assertThat(store.liveMarks().changesSince(old)).as("released").isEmpty();
            assertThat(store.liveMarks().changesSince(current)).as("kept").isPresent();
            assertThat(other.liveMarks().changesSince(current)).as("another repository's").isEmpty();
            assertThat(store.liveMarks().changesSince("")).isEmpty();
            assertThat(store.liveMarks().changesSince(null)).isEmpty();
        }
    }

    private static void item(OakContentStore store, String path, String title) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        store.writer().upsert(path, NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.ITEM, "title", title)));
    }
}
