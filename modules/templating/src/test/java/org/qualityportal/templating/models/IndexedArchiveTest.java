package org.qualityportal.templating.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.search.ReindexProgress;
import org.qualityportal.search.SearchDocument;
import org.qualityportal.search.SearchIndex;
import org.qualityportal.search.SearchService;
import org.qualityportal.search.Synonyms;

/**
 * An archive read from the index gives the same years, counts and pages as a walk of the live tree, and
 * reads only what the index holds (an item published but not yet indexed is not listed).
 */
class IndexedArchiveTest {
    private OakContentStore store;
    private SearchIndex index;

    @BeforeEach
    void publishAndIndex() {
        store = OakContentStore.inMemory();
        store.writer().upsert("/news/2020", NodeData.of("2020", Map.of(ContentProperties.TYPE, NodeKind.FOLDER)));
        store.writer().upsert("/news/2021", NodeData.of("2021", Map.of(ContentProperties.TYPE, NodeKind.FOLDER)));
        List<SearchDocument> documents = new java.util.ArrayList<>();
        for (String date : List.of("2020-03-01", "2020-11-05", "2021-02-10", "2021-06-01", "2021-09-15")) {
            String path = "/news/" + date.substring(0, 4) + "/n-" + date;
            store.writer().upsert(path, NodeData.of("n-" + date, Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                    ContentProperties.CONTENT_TYPE, "news", "title", "Новость от " + date, "date", date)));
            store.publisher().publish(path, "test");
            documents.add(SearchDocument.of(path, path, "news", "Новость", "Новость от " + date).withDate(LocalDate.parse(date)));
        }
        documents.add(SearchDocument.of("/documents/d", "/d", "document", "Документ", "Документ").withDate(LocalDate.parse("2019-01-01")));
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.replaceAll(documents, ReindexProgress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        store.close();
    }

    @Test
    void yearsCountsAndPagesMatchAWalkOfTheTree() {
        var live = store.view(Workspace.LIVE);
        IndexedArchive indexed = new IndexedArchive(new SearchService(index, Synonyms.defaults()), live, "/news");
        WalkedArchive walked = new WalkedArchive(live, "/news");

        assertThat(indexed.years()).isEqualTo(walked.years()).containsExactly(Map.entry(2021, 3), Map.entry(2020, 2));
        assertThat(indexed.count(0)).isEqualTo(walked.count(0)).isEqualTo(5);
        assertThat(indexed.count(2021)).isEqualTo(3);
        assertThat(names(indexed.page(0, 1, 2))).isEqualTo(names(walked.page(0, 1, 2)))
                .containsExactly("n-2021-09-15", "n-2021-06-01");
        assertThat(names(indexed.page(2020, 1, 10))).isEqualTo(names(walked.page(2020, 1, 10)))
                .containsExactly("n-2020-11-05", "n-2020-03-01");
        assertThat(names(indexed.page(0, 3, 2))).containsExactly("n-2020-03-01");
    }

    @Test
    void onlyWhatTheIndexHoldsIsListed() {
        store.writer().upsert("/news/2021/unindexed", NodeData.of("unindexed", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", "title", "Не в индексе", "date", "2021-12-01")));
        store.publisher().publish("/news/2021/unindexed", "test");
        var live = store.view(Workspace.LIVE);
        IndexedArchive indexed = new IndexedArchive(new SearchService(index, Synonyms.defaults()), live, "/news");

        assertThat(indexed.count(2021)).isEqualTo(3);
        assertThat(new WalkedArchive(live, "/news").count(2021)).isEqualTo(4);
    }

    private static List<String> names(List<Content> items) {
        return items.stream().map(Content::name).toList();
    }
}
