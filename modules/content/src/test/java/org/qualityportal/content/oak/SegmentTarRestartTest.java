package org.qualityportal.content.oak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;

class SegmentTarRestartTest {

    @Test
    void contentSurvivesARestart(@TempDir Path dir) throws Exception {
        try (OakContentStore store = OakContentStore.segmentTar(dir)) {
            store.writer().upsert("/news/n1", NodeData.of("n1", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                    "title", "Семинар агломерации")));
            store.publisher().publish("/news/n1", "editor");
        }
        try (OakContentStore store = OakContentStore.segmentTar(dir)) {
            assertThat(store.view(Workspace.LIVE).get("/news/n1").orElseThrow().string("title"))
                    .isEqualTo("Семинар агломерации");
        }
    }

    @Test
    void aSecondStoreOnTheSameDirectoryIsRefused(@TempDir Path dir) throws Exception {
        try (OakContentStore first = OakContentStore.segmentTar(dir)) {
            assertThatThrownBy(() -> OakContentStore.segmentTar(dir)).isInstanceOf(Exception.class);
            assertThat(first.isEmpty()).isTrue();
        }
    }
}
