package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's life: updates by path, deletes, full reindex while serving, schema and damage detection. */
class SearchIndexTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void aNewIndexIsIncompleteUntilItsFirstFullReindexAndAReopenedOneIsComplete(@TempDir Path dir) throws IOException {
        try (SearchIndex created = SearchIndex.openOrCreate(FSDirectory.open(dir)).index()) {
            assertThat(created.isComplete()).isFalse();
            created.update(Corpus.ORDER);
            assertThat(created.isComplete()).as("single updates do not make it whole").isFalse();
            created.replaceAll(Corpus.ALL, ReindexProgress.NONE);
            assertThat(created.isComplete()).isTrue();
        }
        try (SearchIndex reopened = SearchIndex.open(FSDirectory.open(dir))) {
            assertThat(reopened.isComplete()).isTrue();
            assertThat(new SearchService(reopened, Synonyms.defaults()).isComplete()).isTrue();
        }
    }

    @Test
    void theSourceMarkIsKeptThroughLaterWritesReindexesAndAReopen(@TempDir Path dir) throws IOException {
        try (SearchIndex created = SearchIndex.create(FSDirectory.open(dir))) {
            assertThat(created.sourceMark()).isNull();
            created.sourceMark("mark-1");
            created.update(Corpus.ORDER);
            created.replaceAll(Corpus.ALL, ReindexProgress.NONE);
            created.delete(Corpus.ORDER.path());
        }
        try (SearchIndex reopened = SearchIndex.open(FSDirectory.open(dir))) {
            assertThat(reopened.sourceMark()).isEqualTo("mark-1");
            assertThat(reopened.count()).isEqualTo(Corpus.ALL.size() - 1);
            reopened.sourceMark("mark-2");
        }
        try (SearchIndex again = SearchIndex.open(FSDirectory.open(dir))) {
            assertThat(again.sourceMark()).isEqualTo("mark-2");
        }
    }

    @Test
    void theDocumentsAttachingAnAssetAreFoundByItsPath() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        SearchDocument.Attachment plan = new SearchDocument.Attachment("План.pdf", "Текст плана", "/dam/plan");
        index.update(SearchDocument.of("/practices/a", "/a", "practice", "Практика", "Первая").withAttachment(plan));
        index.update(SearchDocument.of("/practices/b", "/b", "practice", "Практика", "Вторая").withAttachment(plan)
                .withAttachment(new SearchDocument.Attachment("Отчёт.pdf", "Текст отчёта", "/dam/report")));
        index.update(SearchDocument.of("/practices/c", "/c", "practice", "Практика", "Третья").withAttachment("Без источника.pdf", "Текст"));

        assertThat(index.attaching("/dam/plan")).containsExactlyInAnyOrder("/practices/a", "/practices/b");
        assertThat(index.attaching("/dam/report")).containsExactly("/practices/b");
        assertThat(index.attaching("/dam/pla")).as("whole paths only").isEmpty();
    }

    @Test
    void aYearWithoutADateIsTheYearFacet() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        SearchService service = new SearchService(index, Synonyms.defaults());
        index.update(SearchDocument.of("/practices/a", "/a", "practice", "Практика", "Практика наставничества").withYear(2019));
        index.update(SearchDocument.of("/news/b", "/b", "news", "Новость", "Новость о наставничестве")
                .withDate(java.time.LocalDate.of(2020, 5, 1)).withYear(2019));

        SearchResult all = service.search(SearchQuery.of("наставничество"));
        assertThat(all.facet(SearchFacet.YEAR)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", 1L), org.assertj.core.groups.Tuple.tuple("2019", 1L));
        assertThat(all.hits()).filteredOn(hit -> hit.path().equals("/practices/a")).singleElement()
                .satisfies(hit -> assertThat(hit.date()).as("no date made up").isNull());
    }

    @Test
    void updatingThePathTwiceKeepsOneDocumentAndTheLatestText() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        SearchService service = new SearchService(index, Synonyms.defaults());
        index.update(Corpus.ORDER);
        index.update(Corpus.ORDER);
        assertThat(index.count()).isEqualTo(1);
        assertThat(titles(service, "утверждении")).containsExactly(Corpus.ORDER.title());

        index.update(SearchDocument.of(Corpus.ORDER.path(), "/new", "document", "Документ", "Новый заголовок приказа"));
        assertThat(index.count()).isEqualTo(1);
        assertThat(titles(service, "заголовок")).as("visible as soon as update returns").containsExactly("Новый заголовок приказа");
        assertThat(titles(service, "утверждении")).isEmpty();
    }

    @Test
    void deleteRemovesOnePathAndIgnoresUnknownOnes() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        index.updateAll(Corpus.ALL);
        index.delete(Corpus.ORDER.path());
        index.delete("/no/such/path");
        assertThat(index.count()).isEqualTo(Corpus.ALL.size() - 1);
        assertThat(titles(new SearchService(index, Synonyms.none()), "приказ")).isEmpty();
    }

    @Test
    void deleteTreeRemovesTheRootAndEverythingBelowButNotItsNeighbours() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        index.updateAll(Corpus.ALL);
        index.update(SearchDocument.of("/news", "/news.html", "page", "Страница", "Новости"));
        index.update(SearchDocument.of("/newsletter/1", "/newsletter/1.html", "news", "Новость", "Рассылка"));
        SearchService service = new SearchService(index, Synonyms.none());

        index.deleteTree("/news/2021");
        assertThat(paths(service)).doesNotContain(Corpus.MONITORING.path()).contains(Corpus.CONFERENCE.path());

        index.deleteTree("/news/");
        assertThat(paths(service)).noneMatch(p -> p.equals("/news") || p.startsWith("/news/")).contains("/newsletter/1");
        assertThat(index.count()).isEqualTo(Corpus.ALL.size() - 5 + 1);

        index.deleteTree("/");
        assertThat(index.count()).isZero();
    }

    @Test
    void aReindexServesTheOldContentUntilItSwapsInTheNew() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        index.updateAll(Corpus.ALL);
        SearchService service = new SearchService(index, Synonyms.defaults());
        SearchDocument renamed = SearchDocument.of(Corpus.MECHANISM.path(), "/m", "mechanism", "Механизм", "Переименованный механизм");
        SearchDocument fresh = SearchDocument.of("/news/2024/fresh", "/f", "news", "Новость", "Свежая новость");
        SearchDocument publishedMeanwhile = SearchDocument.of("/news/2024/live", "/l", "news", "Новость", "Опубликована во время переиндексации");
        List<Long> progress = new ArrayList<>();

        long written = index.withSearcher(heldOpen -> {
            long n = index.replaceAll(List.of(renamed, Corpus.REPORT, fresh), done -> {
                progress.add(done);
                if (done == 2) {
                    assertThat(index.isReindexing()).isTrue();
                    assertThat(index.count()).as("old index still serving").isEqualTo(Corpus.ALL.size());
                    assertThat(titles(service, "наставничество")).containsExactly(Corpus.MENTORING.title());
                    assertThat(titles(service, "переименованный")).isEmpty();
                    index.update(publishedMeanwhile);
                    assertThat(titles(service, "переиндексации")).as("visible with the swap").isEmpty();
                    assertThatThrownBy(() -> index.replaceAll(List.of(), ReindexProgress.NONE))
                            .isInstanceOf(IllegalStateException.class);
                }
            });
            assertThat(heldOpen.getIndexReader().numDocs()).as("a searcher held across the swap keeps its view")
                    .isEqualTo(Corpus.ALL.size());
            return n;
        });

        assertThat(written).isEqualTo(3);
        assertThat(progress).containsExactly(1L, 2L, 3L);
        assertThat(index.isReindexing()).isFalse();
        assertThat(index.count()).isEqualTo(4);
        assertThat(titles(service, "наставничество")).isEmpty();
        assertThat(titles(service, "переименованный")).containsExactly("Переименованный механизм");
        assertThat(titles(service, "свежая")).containsExactly("Свежая новость");
        assertThat(titles(service, "переиндексации")).containsExactly(publishedMeanwhile.title());
    }

    @Test
    void aFailedReindexLeavesAServingIndexAndAllowsAnother() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        index.updateAll(Corpus.ALL);
        Iterable<SearchDocument> failing = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                if (n++ == 2) {
                    throw new IllegalStateException("repository went away");
                }
                return Corpus.ALL.get(n);
            }
        };
        assertThatThrownBy(() -> index.replaceAll(failing, ReindexProgress.NONE)).hasMessage("repository went away");
        assertThat(index.isReindexing()).isFalse();
        assertThat(index.count()).as("every path keeps its old or new version").isEqualTo(Corpus.ALL.size());

        index.replaceAll(List.of(Corpus.ORDER), ReindexProgress.NONE);
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aMissingIndexIsReportedAndOpenOrCreateMakesAnEmptyOne() throws IOException {
        Directory empty = new ByteBuffersDirectory();
        assertThatThrownBy(() -> SearchIndex.open(empty)).isInstanceOfSatisfying(IndexUnusableException.class,
                e -> assertThat(e.reason()).isEqualTo(IndexUnusableException.Reason.MISSING));

        OpenedIndex opened = SearchIndex.openOrCreate(empty);
        track(opened.index());
        assertThat(opened.state()).isEqualTo(OpenedIndex.State.CREATED);
        assertThat(opened.needsRebuild()).isTrue();
        assertThat(opened.problem()).startsWith("MISSING");
        assertThat(opened.index().count()).isZero();
        assertThat(opened.index().isCurrent()).isTrue();
    }

    @Test
    void anIndexOfAnOlderSchemaOpensButAsksForARebuild() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
            older.setLiveCommitData(Map.of(SearchFields.SCHEMA_KEY, "0").entrySet());
            older.commit();
        }
        OpenedIndex opened = SearchIndex.openOrCreate(directory);
        SearchIndex index = opened.index();
        assertThat(opened.state()).isEqualTo(OpenedIndex.State.OUTDATED);
        assertThat(index.schemaVersion()).isZero();
        index.update(Corpus.ORDER);
        assertThat(index.isCurrent()).as("live updates do not make an old index current").isFalse();

        index.replaceAll(Corpus.ALL, ReindexProgress.NONE);
        assertThat(index.isCurrent()).isTrue();
        index.close();

        SearchIndex reopened = track(SearchIndex.open(directory));
        assertThat(reopened.schemaVersion()).isEqualTo(SearchFields.SCHEMA_VERSION);
        assertThat(reopened.count()).isEqualTo(Corpus.ALL.size());
    }

    @Test
    void attachmentOffsetsAreInTermVectorsNotInThePostings() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        index.replaceAll(Corpus.ALL, ReindexProgress.NONE);
        org.apache.lucene.index.FieldInfo attachment = index.withSearcher(searcher -> org.apache.lucene.index.FieldInfos
                .getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(SearchFields.ATTACHMENT));
        assertThat(attachment.getIndexOptions()).isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        assertThat(attachment.hasVectors()).isTrue();
        org.apache.lucene.index.FieldInfo body = index.withSearcher(searcher -> org.apache.lucene.index.FieldInfos
                .getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(SearchFields.BODY));
        assertThat(body.getIndexOptions())
                .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }

    @Test
    void anIndexOfSchemaTwoIsRebuiltThoughItsAttachmentsHadOffsets() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
            org.apache.lucene.document.FieldType withOffsets =
                    new org.apache.lucene.document.FieldType(org.apache.lucene.document.TextField.TYPE_STORED);
            withOffsets.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StringField(SearchFields.PATH, Corpus.REPORT.path(),
                    org.apache.lucene.document.Field.Store.YES));
            old.add(new org.apache.lucene.document.Field("attachment", "старый текст вложения", withOffsets));
            older.addDocument(old);
            older.setLiveCommitData(Map.of(SearchFields.SCHEMA_KEY, "2").entrySet());
            older.commit();
        }
        SearchIndex index = track(SearchIndex.openOrCreate(directory).index());
        assertThat(index.isCurrent()).isFalse();

        index.replaceAll(Corpus.ALL, ReindexProgress.NONE);
        assertThat(index.isCurrent()).isTrue();
        SearchResult found = new SearchService(index, Synonyms.defaults()).search(SearchQuery.of("математике"));
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.path()).isEqualTo(Corpus.REPORT.path());
            assertThat(hit.attachment()).isEqualTo("Аналитическая справка.docx");
            assertThat(hit.snippetHtml()).contains("<mark>математике</mark>");
        });
    }

    @Test
    void garbageInTheCommitFileIsReportedAsCorrupt() throws IOException {
        Path folder = indexedFolder();
        Path commit = files(folder).filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        Files.write(commit, "not an index at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FSDirectory directory = track(FSDirectory.open(folder));
        // Lucene reads an unknown header as a format older than it supports: either reason means "rebuild"
        assertThatThrownBy(() -> SearchIndex.open(directory)).isInstanceOfSatisfying(IndexUnusableException.class,
                e -> assertThat(e.reason()).isIn(IndexUnusableException.Reason.CORRUPT, IndexUnusableException.Reason.INCOMPATIBLE));
    }

    @Test
    void aFlippedByteInsideADataFileIsReportedAsCorrupt() throws IOException {
        Path folder = indexedFolder();
        Path largest = files(folder).max(Comparator.comparingLong(SearchIndexTest::size)).orElseThrow();
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(largest, bytes);
        assertCorrupt(folder);
    }

    @Test
    void aTruncatedDataFileIsReportedAsCorrupt() throws IOException {
        Path folder = indexedFolder();
        Path largest = files(folder).max(Comparator.comparingLong(SearchIndexTest::size)).orElseThrow();
        try (var channel = Files.newByteChannel(largest, StandardOpenOption.WRITE)) {
            channel.truncate(size(largest) / 3);
        }
        assertCorrupt(folder);
    }

    @Test
    void aCorruptIndexIsReplacedByAFreshOneThatCanBeRebuilt() throws IOException {
        Path folder = indexedFolder();
        Path largest = files(folder).max(Comparator.comparingLong(SearchIndexTest::size)).orElseThrow();
        Files.write(largest, new byte[(int) size(largest)]);

        FSDirectory directory = track(FSDirectory.open(folder));
        OpenedIndex opened = SearchIndex.openOrCreate(directory);
        assertThat(opened.state()).isEqualTo(OpenedIndex.State.CREATED);
        assertThat(opened.problem()).startsWith("CORRUPT");
        assertThat(opened.index().count()).isZero();
        opened.index().replaceAll(Corpus.ALL, ReindexProgress.NONE);
        opened.index().close();

        SearchIndex reopened = track(SearchIndex.open(directory));
        assertThat(reopened.count()).isEqualTo(Corpus.ALL.size());
    }

    @Test
    void anIndexLockedByAnotherWriterIsAnErrorNotARebuild() throws IOException {
        FSDirectory directory = track(FSDirectory.open(temp.resolve("locked")));
        track(SearchIndex.create(directory));
        assertThatThrownBy(() -> SearchIndex.open(directory))
                .isInstanceOf(SearchIndexException.class)
                .isNotInstanceOf(IndexUnusableException.class);
    }

    @Test
    void aFullReindexEndsWithOneSegmentPerProcessor() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        java.util.concurrent.atomic.AtomicInteger mergingInto = new java.util.concurrent.atomic.AtomicInteger();
        index.replaceAll(Synthetic.documents(2_000), new ReindexProgress() {
            @Override
            public void indexed(long done) {
            }

            @Override
            public void merging(int segments) {
                mergingInto.set(segments);
            }
        });
        assertThat(mergingInto.get()).isEqualTo(PortalSearcher.parallelism());
        int segments = index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
        assertThat(segments).isEqualTo(PortalSearcher.parallelism());
        assertThat(index.count()).isEqualTo(2_000);
    }

    /** Volume check; prints the rates (wall clock and this thread's CPU time: the machine may be busy). */
    @Test
    void indexesAndSearchesAFewThousandDocuments() {
        SearchIndex index = track(SearchIndex.create(new ByteBuffersDirectory()));
        List<SearchDocument> many = Synthetic.documents(3_000);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long used = cpu.getCurrentThreadCpuTime();
        index.replaceAll(many, ReindexProgress.NONE);
        double indexingWall = (System.nanoTime() - wall) / 1e9;
        double indexingCpu = (cpu.getCurrentThreadCpuTime() - used) / 1e9;
        assertThat(index.count()).isEqualTo(3_000);

        SearchService service = new SearchService(index, Synonyms.defaults());
        List<String> queries = List.of("оценка качества", "\"качества образования\"", "школами", "мониторинг*", "оцнка",
                "РСОКО", "муниципальный округ");
        for (int i = 0; i < 10; i++) {
            queries.forEach(q -> service.search(SearchQuery.of(q))); // warm-up
        }
        int rounds = 20;
        wall = System.nanoTime();
        used = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            for (String q : queries) {
                assertThat(service.search(SearchQuery.of(q).withFilter(SearchFacet.YEAR, "2021")).hits()).isNotNull();
            }
        }
        int searches = rounds * queries.size();
        System.out.printf("Indexed %d documents: %.0f/s wall, %.0f/s CPU; a search with snippets and facets:"
                + " %.2f ms wall, %.2f ms CPU%n", many.size(), many.size() / indexingWall, many.size() / indexingCpu,
                (System.nanoTime() - wall) / 1e6 / searches, (cpu.getCurrentThreadCpuTime() - used) / 1e6 / searches);
    }

    private Path indexedFolder() throws IOException {
        Path folder = temp.resolve("index");
        try (FSDirectory directory = FSDirectory.open(folder); SearchIndex index = SearchIndex.create(directory)) {
            index.updateAll(Corpus.ALL);
        }
        return folder;
    }

    private void assertCorrupt(Path folder) throws IOException {
        FSDirectory directory = track(FSDirectory.open(folder));
        assertThatThrownBy(() -> SearchIndex.open(directory)).isInstanceOfSatisfying(IndexUnusableException.class,
                e -> assertThat(e.reason()).isEqualTo(IndexUnusableException.Reason.CORRUPT));
    }

    private static Stream<Path> files(Path folder) throws IOException {
        List<Path> list;
        try (Stream<Path> stream = Files.list(folder)) {
            list = stream.filter(f -> !f.getFileName().toString().equals("write.lock")).toList();
        }
        return list.stream();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T extends AutoCloseable> T track(T closeable) {
        open.add(0, closeable);
        return closeable;
    }

    private static List<String> titles(SearchService service, String query) {
        return service.search(SearchQuery.of(query).withPageSize(100)).hits().stream().map(SearchHit::title).toList();
    }

    private static List<String> paths(SearchService service) {
        return service.search(SearchQuery.of("").withPageSize(100)).hits().stream().map(SearchHit::path).toList();
    }
}
