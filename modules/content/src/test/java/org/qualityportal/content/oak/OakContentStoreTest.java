package org.qualityportal.content.oak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentWriter.UpsertResult;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;

class OakContentStoreTest {
    private final MutableClock clock = new MutableClock();
    private final OakContentStore store = OakContentStore.inMemory(clock);

    @AfterEach
    void close() {
        store.close();
    }

    private static NodeData page(String name, String title, NodeData... children) {
        return new NodeData(name, Map.of(ContentProperties.TYPE, NodeKind.PAGE,
                ContentProperties.TEMPLATE, "portal:pages/general", "title", title), List.of(children));
    }

    private static NodeData area(String name, NodeData... components) {
        return new NodeData(name, Map.of(ContentProperties.TYPE, NodeKind.AREA), List.of(components));
    }

    private static NodeData text(String name, String html) {
        return NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.COMPONENT,
                ContentProperties.TEMPLATE, "portal:components/text", "text", html));
    }

    @Test
    void upsertCreatesThenReportsUnchangedWithoutTouchingTheModificationDate() {
        NodeData home = page("home", "Главная", area("main", text("intro", "<p>Привет</p>")));

        assertThat(store.writer().upsert("/website/home", home)).isEqualTo(UpsertResult.CREATED);
        Instant firstModified = store.view(Workspace.AUTHOR).get("/website/home").orElseThrow().audit().lastModified();
        clock.advance();

        assertThat(store.writer().upsert("/website/home", home)).isEqualTo(UpsertResult.UNCHANGED);
        assertThat(store.view(Workspace.AUTHOR).get("/website/home").orElseThrow().audit().lastModified())
                .isEqualTo(firstModified);
    }

    @Test
    void upsertReplacesPropertiesAndNonUnitChildrenButKeepsChildPages() {
        store.writer().upsert("/website/home", page("home", "Главная",
                area("main", text("a", "A"), text("b", "B"))));
        store.writer().upsert("/website/home/news", page("news", "Новости"));

        UpsertResult result = store.writer().upsert("/website/home", page("home", "Главная страница",
                area("main", text("b", "B2"))));

        assertThat(result).isEqualTo(UpsertResult.UPDATED);
        assertThat(store.view(Workspace.AUTHOR).get("/website/home").orElseThrow().string("title"))
                .isEqualTo("Главная страница");
        assertThat(store.view(Workspace.AUTHOR).children("/website/home/main")).extracting(Content::name)
                .containsExactly("b");
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/main/b").orElseThrow().string("text"))
                .isEqualTo("B2");
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/news")).isPresent();
    }

    @Test
    void upsertKeepsTheDescribedOrderOfChildren() {
        store.writer().upsert("/website/home", page("home", "x", area("main", text("a", "A"), text("b", "B"))));
        store.writer().upsert("/website/home", page("home", "x", area("main", text("b", "B"), text("a", "A"))));

        assertThat(store.view(Workspace.AUTHOR).children("/website/home/main")).extracting(Content::name)
                .containsExactly("b", "a");
    }

    @Test
    void valuesKeepTheirTypes() {
        store.writer().upsert("/documents/x", NodeData.of("x", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                "year", 2018, "share", 0.74, "approved", true, "tags", List.of("a", "b"), "date", "2018-02-28")));

        Content x = store.view(Workspace.AUTHOR).get("/documents/x").orElseThrow();
        assertThat(x.properties()).containsEntry("year", 2018L).containsEntry("share", 0.74)
                .containsEntry("approved", true).containsEntry("tags", List.of("a", "b"))
                .containsEntry("date", "2018-02-28");
    }

    @Test
    void binaryValuesAreStoredAndStreamed() throws Exception {
        byte[] bytes = "%PDF-1.4 Приказ".getBytes(StandardCharsets.UTF_8);
        BinaryValue file = new BinaryValue("Приказ.pdf", "application/pdf", bytes.length, "abc",
                () -> new ByteArrayInputStream(bytes));
        store.writer().upsert("/dam/order", NodeData.of("order", Map.of(ContentProperties.TYPE, NodeKind.ASSET,
                "file", file)));

        Content asset = store.view(Workspace.AUTHOR).get("/dam/order").orElseThrow();
        assertThat(asset.properties().get("file")).isEqualTo(file.withoutSource());
        try (InputStream in = store.view(Workspace.AUTHOR).openBinary("/dam/order", "file").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.view(Workspace.AUTHOR).children("/dam/order")).isEmpty();
        assertThat(store.writer().upsert("/dam/order", NodeData.of("order", Map.of(ContentProperties.TYPE,
                NodeKind.ASSET, "file", file)))).isEqualTo(UpsertResult.UNCHANGED);
    }

    @Test
    void rowsWithoutATypeBelongToTheirUnitAndArePublishedWithIt() {
        NodeData roadmap = new NodeData("roadmap", Map.of(ContentProperties.TYPE, NodeKind.ITEM), List.of(
                new NodeData("events", Map.of(), List.of(
                        NodeData.of("event-01", Map.of("number", 1L, "name", "Съезд руководителей")),
                        NodeData.of("event-02", Map.of("number", 2L, "name", "Рабочая группа"))))));
        store.writer().upsert("/documents/roadmap", roadmap);

        store.publisher().publish("/documents/roadmap", "editor");

        assertThat(store.view(Workspace.LIVE).children("/documents/roadmap/events"))
                .extracting(c -> c.kind() + ":" + c.string("name"))
                .containsExactly("row:Съезд руководителей", "row:Рабочая группа");
        assertThat(store.view(Workspace.AUTHOR).tree("/documents/roadmap")).contains(roadmap);
    }

    @Test
    void liveSeesNothingUntilPublished() {
        store.writer().upsert("/website/home", page("home", "Главная", area("main", text("a", "A"))));

        assertThat(store.view(Workspace.LIVE).get("/website/home")).isEmpty();
        assertThat(store.publisher().status("/website/home")).isEqualTo(PublicationStatus.NOT_PUBLISHED);

        assertThat(store.publisher().publish("/website/home", "editor")).containsExactly("/website/home");

        assertThat(store.view(Workspace.LIVE).get("/website/home/main/a").orElseThrow().string("text")).isEqualTo("A");
        assertThat(store.publisher().status("/website/home")).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void publishingAPageDoesNotPublishItsChildPagesAndKeepsPublishedOnes() {
        store.writer().upsert("/website/home", page("home", "Главная"));
        store.writer().upsert("/website/home/draft", page("draft", "Черновик"));
        store.writer().upsert("/website/home/news", page("news", "Новости"));
        store.publisher().publish("/website/home", "editor");
        store.publisher().publish("/website/home/news", "editor");

        store.publisher().publish("/website/home", "editor");

        assertThat(store.view(Workspace.LIVE).children("/website/home")).extracting(Content::name)
                .containsExactly("news");
    }

    @Test
    void editsStayInAuthorUntilRepublishedAndEachPublishRecordsAVersion() {
        store.writer().upsert("/website/home", page("home", "Первая"));
        store.publisher().publish("/website/home", "anna");
        clock.advance();
        store.writer().upsert("/website/home", page("home", "Вторая"));

        assertThat(store.publisher().status("/website/home")).isEqualTo(PublicationStatus.MODIFIED);
        assertThat(store.view(Workspace.LIVE).get("/website/home").orElseThrow().string("title")).isEqualTo("Первая");

        clock.advance();
        store.publisher().publish("/website/home", "boris");

        assertThat(store.view(Workspace.LIVE).get("/website/home").orElseThrow().string("title")).isEqualTo("Вторая");
        assertThat(store.publisher().versions("/website/home"))
                .extracting(v -> v.number() + ":" + v.author()).containsExactly("1:anna", "2:boris");
    }

    @Test
    void aVersionHoldsThePublishedPropertiesAndComponentsAndCanBeWrittenBackAsADraft() {
        store.writer().upsert("/website/home", page("home", "Первая", area("main", text("t1", "<p>раз</p>"))));
        store.publisher().publish("/website/home", "anna");
        clock.advance();
        store.writer().upsert("/website/home", page("home", "Вторая"));
        store.publisher().publish("/website/home", "boris");

        NodeData first = store.publisher().version("/website/home", 1).orElseThrow();
        assertThat(first.properties()).containsEntry("title", "Первая").doesNotContainKey(ContentProperties.ID);
        assertThat(first.children()).extracting(NodeData::name).containsExactly("main");
        assertThat(first.children().get(0).children().get(0).properties()).containsEntry("text", "<p>раз</p>");
        assertThat(store.publisher().version("/website/home", 3)).isEmpty();
        assertThat(store.publisher().version("/website/nothing", 1)).isEmpty();

        clock.advance();
        store.writer().upsert("/website/home", first);

        assertThat(store.view(Workspace.AUTHOR).get("/website/home").orElseThrow().string("title")).isEqualTo("Первая");
        assertThat(store.view(Workspace.LIVE).get("/website/home").orElseThrow().string("title")).isEqualTo("Вторая");
        assertThat(store.publisher().status("/website/home")).isEqualTo(PublicationStatus.MODIFIED);
    }

    @Test
    void publishingAnItemCreatesItsLiveAncestorsAndReferencedAssets() {
        store.writer().upsert("/dam/orders/order-pdf", NodeData.of("order-pdf",
                Map.of(ContentProperties.TYPE, NodeKind.ASSET, "title", "PDF")));
        store.writer().upsert("/documents/orders/o1", NodeData.of("o1", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                "attachments", List.of("/dam/orders/order-pdf"))));

        assertThat(store.publisher().publish("/documents/orders/o1", "editor"))
                .containsExactly("/documents/orders/o1", "/dam/orders/order-pdf");
        assertThat(store.view(Workspace.LIVE).get("/documents/orders").orElseThrow().kind()).isEqualTo(NodeKind.FOLDER);
        assertThat(store.view(Workspace.LIVE).get("/dam/orders/order-pdf")).isPresent();
    }

    @Test
    void unpublishRemovesFromLiveOnly() {
        store.writer().upsert("/news/n1", NodeData.of("n1", Map.of(ContentProperties.TYPE, NodeKind.ITEM)));
        store.publisher().publish("/news/n1", "editor");

        assertThat(store.publisher().unpublish("/news/n1", "editor")).isTrue();

        assertThat(store.view(Workspace.LIVE).get("/news/n1")).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).get("/news/n1")).isPresent();
        assertThat(store.publisher().status("/news/n1")).isEqualTo(PublicationStatus.NOT_PUBLISHED);
    }

    @Test
    void badPathsAndNonUnitsAreRefused() {
        store.writer().upsert("/website/home", page("home", "x", area("main")));

        assertThatThrownBy(() -> store.writer().upsert("/website/../x", page("x", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.publisher().publish("/website/home/main", "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only pages");
        assertThat(store.view(Workspace.LIVE).get("/website/<script>")).isEmpty();
    }

    @Test
    void orderChildrenReordersAndReportsWhetherItDid() {
        store.writer().upsert("/website/home", page("home", "x"));
        store.writer().upsert("/website/home/a", page("a", "a"));
        store.writer().upsert("/website/home/b", page("b", "b"));

        assertThat(store.writer().orderChildren("/website/home", List.of("b", "a"))).isTrue();
        assertThat(store.writer().orderChildren("/website/home", List.of("b", "a"))).isFalse();
        assertThat(store.view(Workspace.AUTHOR).children("/website/home")).extracting(Content::name)
                .containsExactly("b", "a");
    }

    @Test
    void aSessionViewReadsTheSameContentAsThePerReadView() {
        store.writer().upsert("/website/home", page("home", "Главная", area("main", text("a", "A"))));
        store.publisher().publish("/website/home", "editor");

        try (org.qualityportal.content.ContentSession live = store.open(Workspace.LIVE)) {
            assertThat(live.get("/website/home")).isEqualTo(store.view(Workspace.LIVE).get("/website/home"));
            assertThat(live.children("/website/home/main")).extracting(Content::name).containsExactly("a");
            assertThat(live.get("/website/home/missing")).isEmpty();
        }
    }

    @Test
    void emptyUntilSomethingIsWritten() {
        assertThat(store.isEmpty()).isTrue();
        store.writer().upsert("/news/n1", NodeData.of("n1", Map.of(ContentProperties.TYPE, NodeKind.ITEM)));
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void moveTakesSubtreeHistoryAndPublicCopyAlong() {
        store.writer().upsert("/website/home", page("home", "Главная"));
        store.writer().upsert("/website/home/about", page("about", "О центре", area("main", text("t", "<p>Текст</p>"))));
        store.writer().upsert("/website/home/about/team", page("team", "Сотрудники"));
        store.writer().upsert("/website/home/news", page("news", "Новости"));
        store.publisher().publish("/website/home", "u");
        store.publisher().publish("/website/home/news", "u");
        store.publisher().publish("/website/home/about", "u");
        String id = store.view(Workspace.AUTHOR).get("/website/home/about").orElseThrow().audit().id();

        assertThat(store.writer().move("/website/home/about", "/website/home/news/centre")).isTrue();

        assertThat(store.view(Workspace.AUTHOR).get("/website/home/about")).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/news/centre/main/t").orElseThrow().string("text"))
                .isEqualTo("<p>Текст</p>");
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/news/centre/team")).isPresent();
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/news/centre").orElseThrow().audit().id()).isEqualTo(id);
        assertThat(store.view(Workspace.LIVE).get("/website/home/about")).isEmpty();
        assertThat(store.view(Workspace.LIVE).get("/website/home/news/centre")).isPresent();
        assertThat(store.publisher().versions("/website/home/news/centre")).hasSize(1);
        assertThat(store.writer().move("/website/home/missing", "/website/home/x")).isFalse();
    }

    @Test
    void aPublishedUnitMovedUnderAnUnpublishedParentLeavesThePublicSite() {
        store.writer().upsert("/website/home", page("home", "Главная"));
        store.writer().upsert("/website/home/about", page("about", "О центре"));
        store.writer().upsert("/website/home/drafts", page("drafts", "Черновики"));
        store.publisher().publish("/website/home", "u");
        store.publisher().publish("/website/home/about", "u");

        store.writer().move("/website/home/about", "/website/home/drafts/about");

        assertThat(store.view(Workspace.LIVE).get("/website/home/about")).isEmpty();
        assertThat(store.view(Workspace.LIVE).get("/website/home/drafts/about")).isEmpty();
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/drafts/about")).isPresent();
    }

    @Test
    void moveAndCopyRefuseTakenPlacesOtherTreesAndTheirOwnInside() {
        store.writer().upsert("/website/home", page("home", "Главная"));
        store.writer().upsert("/website/home/a", page("a", "А"));
        store.writer().upsert("/website/home/b", page("b", "Б"));

        assertThatThrownBy(() -> store.writer().move("/website/home/a", "/website/home/b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> store.writer().move("/website/home/a", "/website/home/a/inner"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside");
        assertThatThrownBy(() -> store.writer().copy("/website/home/a", "/news/a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tree");
        assertThatThrownBy(() -> store.writer().copy("/website/home/a", "/website/home/none/a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/a")).isPresent();
    }

    @Test
    void copiesAreNewUnpublishedUnitsWithTheirWholeSubtree() {
        store.writer().upsert("/website/home", page("home", "Главная"));
        store.writer().upsert("/website/home/about", page("about", "О центре", area("main", text("t", "<p>Текст</p>"))));
        store.writer().upsert("/website/home/about/team", page("team", "Сотрудники"));
        store.publisher().publish("/website/home", "u");
        store.publisher().publish("/website/home/about", "u");
        clock.advance();

        assertThat(store.writer().copy("/website/home/about", "/website/home/about-2")).isTrue();

        Content copy = store.view(Workspace.AUTHOR).get("/website/home/about-2").orElseThrow();
        Content original = store.view(Workspace.AUTHOR).get("/website/home/about").orElseThrow();
        assertThat(copy.string("title")).isEqualTo("О центре");
        assertThat(copy.audit().id()).isNotEqualTo(original.audit().id());
        assertThat(copy.audit().created()).isAfter(original.audit().created());
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/about-2/main/t").orElseThrow().string("text"))
                .isEqualTo("<p>Текст</p>");
        assertThat(store.view(Workspace.AUTHOR).get("/website/home/about-2/team").orElseThrow().audit().id())
                .isNotEqualTo(store.view(Workspace.AUTHOR).get("/website/home/about/team").orElseThrow().audit().id());
        assertThat(store.publisher().status("/website/home/about-2")).isEqualTo(PublicationStatus.NOT_PUBLISHED);
        assertThat(store.publisher().versions("/website/home/about-2")).isEmpty();
        assertThat(store.view(Workspace.LIVE).get("/website/home/about-2")).isEmpty();
    }

    /** A clock the test moves forward, so modification dates differ without waiting. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance() {
            now = now.plusSeconds(60);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
