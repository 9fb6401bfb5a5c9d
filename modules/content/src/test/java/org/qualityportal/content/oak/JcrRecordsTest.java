package org.qualityportal.content.oak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Records;
import org.qualityportal.content.Records.Record;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.transfer.ContentExporter;
import org.qualityportal.content.transfer.ContentImporter;
import org.qualityportal.content.transfer.ImportProgress;

/** System records on an in-memory Oak: ids, day buckets, ranges, updates, and that they are never content. */
class JcrRecordsTest {
    private final SettableClock clock = new SettableClock();
    private final OakContentStore store = OakContentStore.inMemory(clock);
    private final Records records = store.records();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRecordKeepsItsValuesAndCreationTimeAndListsNewestFirst() {
        clock.set("2026-11-23T10:15:30.123Z");
        String first = records.append("audit", Map.of("user", "ivanova", "count", 3, "done", true,
                "tags", List.of("a", "b")));
        clock.set("2026-11-23T10:16:00Z");
        String second = records.append("audit", Map.of("user", "petrov"));

        Record stored = records.get("audit", first).orElseThrow();
        assertThat(stored.created()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
        assertThat(stored.values()).containsEntry("user", "ivanova").containsEntry("count", 3L)
                .containsEntry("done", true).containsEntry("tags", List.of("a", "b")).hasSize(4);
        assertThat(first).startsWith("20261123101530123-");
        assertThat(records.list("audit")).extracting(Record::id).containsExactly(second, first);
    }

    @Test
    void recordsAreBucketedByDayUnderTheSystemRoot() {
        clock.set("2026-11-23T23:59:59Z");
        String id = records.append("audit", Map.of("user", "ivanova"));

        boolean stored = store.sessions().read(session -> session.nodeExists("/records/audit/2026/11/23/" + id)
                && session.getNode("/records/audit/2026/11/23").getPrimaryNodeType().getName().equals("oak:Unstructured"));

        assertThat(stored).isTrue();
    }

    @Test
    void idsAreUniqueAndInCreationOrderEvenWithinOneMillisecond() {
        clock.set("2026-03-01T08:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(records.append("audit", Map.of("n", i)));
        }

        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(records.list("audit")).extracting(r -> r.values().get("n"))
                .containsExactlyElementsOf(reversed(ids.size()));
    }

    @Test
    void aRangeReadsTheDaysInItAcrossMonthAndYearBoundaries() {
        String lastOfYear = at("2025-12-31T23:59:59Z");
        String newYear = at("2026-01-01T00:00:00Z");
        String midJanuary = at("2026-01-15T12:00:00Z");
        String february = at("2026-02-01T00:00:00Z");
        String march = at("2026-03-10T09:30:00Z");

        assertThat(ids(records.list("audit", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))))
                .containsExactly(midJanuary, newYear);
        assertThat(ids(records.list("audit", Instant.parse("2026-01-15T12:00:00Z"), null)))
                .containsExactly(march, february, midJanuary);
        assertThat(ids(records.list("audit", null, Instant.parse("2026-01-01T00:00:00Z")))).containsExactly(lastOfYear);
        assertThat(ids(records.list("audit", Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"))))
                .isEmpty();
    }

    @Test
    void kindsAreSeparate() {
        String audit = records.append("audit", Map.of("user", "ivanova"));
        String schedule = records.append("schedule", Map.of("path", "/news/x"));

        assertThat(ids(records.list("audit"))).containsExactly(audit);
        assertThat(records.get("audit", schedule)).isEmpty();
        assertThat(records.list("nothing-yet")).isEmpty();
    }

    @Test
    void updateSetsAndRemovesValuesAndRemoveDeletes() {
        String id = records.append("schedule", Map.of("path", "/news/x", "status", "pending"));
        Map<String, Object> change = new HashMap<>();
        change.put("status", "failed");
        change.put("reason", "Материал удалён");
        change.put("path", null);

        assertThat(records.update("schedule", id, change)).isTrue();
        assertThat(records.get("schedule", id).orElseThrow().values())
                .containsEntry("status", "failed").containsEntry("reason", "Материал удалён").doesNotContainKey("path");

        assertThat(records.remove("schedule", id)).isTrue();
        assertThat(records.get("schedule", id)).isEmpty();
        assertThat(records.remove("schedule", id)).isFalse();
        assertThat(records.update("schedule", id, Map.of("status", "x"))).isFalse();
    }

    @Test
    void malformedIdsKindsAndNamesAreRefused() {
        assertThat(records.get("audit", "../../website")).isEmpty();
        assertThat(records.get("audit", null)).isEmpty();
        assertThat(records.remove("audit", "2026")).isFalse();
        assertThatThrownBy(() -> records.append("Audit Log", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> records.append("audit", Map.of("jcr:primaryType", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> records.append("audit", Map.of("qp:created", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAreNotContent(@TempDir Path tmp) throws IOException {
        String id = records.append("audit", Map.of("user", "ivanova"));

        assertThat(store.isEmpty()).isTrue();
        assertThat(store.view(Workspace.AUTHOR).get("/records")).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).children("/records/audit")).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).get("/versions")).isEmpty();
        NodeData item = NodeData.of("x", Map.of(ContentProperties.TYPE, NodeKind.ITEM));
        assertThatThrownBy(() -> store.writer().upsert("/records/audit/x", item))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.writer().delete("/records/audit")).isInstanceOf(IllegalArgumentException.class);

        store.writer().upsert("/news/n1", NodeData.of("n1", Map.of(ContentProperties.TYPE, NodeKind.ITEM, "title", "Н")));
        Path exported = tmp.resolve("export");
        new ContentExporter(store).export(exported, List.of(), ImportProgress.NONE);
        try (Stream<Path> files = Files.list(exported)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("news.n1.yaml");
        }
        assertThatThrownBy(() -> new ContentExporter(store).export(tmp.resolve("x"), List.of("records"), ImportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("records");

        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.writeString(input.resolve("records.audit.x.yaml"), "qp:type: item\n");
        assertThatThrownBy(() -> new ContentImporter(store).importDirectory(input, false, ImportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("records.audit.x.yaml");
        assertThat(records.get("audit", id)).isPresent();
    }

    private String at(String instant) {
        clock.set(instant);
        return records.append("audit", Map.of("at", instant));
    }

    private static List<String> ids(List<Record> list) {
        return list.stream().map(Record::id).toList();
    }

    private static List<Object> reversed(int size) {
        List<Object> result = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            result.add((long) i);
        }
        return result;
    }

    /** A clock the test sets. */
    static final class SettableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
