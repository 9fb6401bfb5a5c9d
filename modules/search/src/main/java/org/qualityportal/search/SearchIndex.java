package org.qualityportal.search;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.document.LongPoint;

/**
 * The portal's full-text index: one {@link IndexWriter} and one {@link SearcherManager} over a
 * Lucene {@link Directory} (an {@code FSDirectory} under the portal's home in production, a
 * {@code ByteBuffersDirectory} in tests).
 *
 * <p><b>Visibility and durability.</b> Each write method ({@link #update}, {@link #updateAll},
 * {@link #delete}, {@link #deleteTree}) refreshes the searchers (near-real-time, blocking) and
 * commits before it returns: when it returns, the change is searchable and survives a crash.
 * A refresh costs milliseconds and publishing is rare, so this beats a background reopen
 * thread (no polling, no "within N ms" to wait for in tests); batches should go through
 * {@link #updateAll} to pay once.
 *
 * <p><b>Full reindex.</b> {@link #replaceAll} writes every document again under a new
 * <em>generation</em>, then deletes the documents of older generations (no longer published)
 * and commits once. Meanwhile searchers are not refreshed, so the old index keeps serving
 * complete results; the swap is one refresh at the end. Live writes during a reindex still
 * reach the writer (they become visible with the swap). If the reindex fails halfway, no
 * rollback is needed: every path holds either its old or its new version.
 *
 * <p>Thread-safe. Obtain one with {@link #open}, {@link #create} or {@link #openOrCreate}.
 */
public final class SearchIndex implements Closeable {
    /** At most this many documents attaching one asset are indexed again when it changes. */
    private static final int MAX_ATTACHING = 10_000;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Writes hold it shared; a reindex holds it alone only to start and to finish. */
    private final ReentrantReadWriteLock phases = new ReentrantReadWriteLock();
    private final AtomicBoolean reindexing = new AtomicBoolean();
    /** A full reindex writes on as many threads as there are processors. */
    private final ParallelFeed feed = ParallelFeed.forThisMachine();
    private volatile int schemaVersion;
    /** Whether the index holds everything it was fed: not from creation until the first full reindex ends. */
    private volatile boolean complete;
    private volatile long generation;
    private volatile String sourceMark;

    private SearchIndex(IndexWriter writer, int schemaVersion, long generation, String sourceMark) throws IOException {
        this.writer = writer;
        this.sourceMark = sourceMark;
        this.schemaVersion = schemaVersion;
        this.complete = schemaVersion == SearchFields.SCHEMA_VERSION;
        this.generation = generation;
        this.searchers = new SearcherManager(writer, PortalSearcher.FACTORY);
    }

    /**
     * Opens the index in a directory, verifying every file's checksum first (a sequential read
     * of the whole index: about a second per few hundred megabytes).
     *
     * @throws IndexUnusableException when there is no index, or it is corrupt or unreadable
     * @throws SearchIndexException on other I/O failures (e.g. another process holds the lock)
     */
    public static SearchIndex open(Directory directory) {
        Objects.requireNonNull(directory, "directory");
        Map<String, String> userData = verify(directory);
        try {
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            return new SearchIndex(writer, number(userData.get(SearchFields.SCHEMA_KEY)),
                    number(userData.get(SearchFields.GENERATION_KEY)), userData.get(SearchFields.SOURCE_MARK_KEY));
        } catch (IOException e) {
            throw failure("Cannot open the search index", e);
        }
    }

    /** Creates a fresh empty index of the current schema, deleting every file in the directory. */
    public static SearchIndex create(Directory directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            SearchIndex index = new SearchIndex(writer, SearchFields.SCHEMA_VERSION, 0, null);
            index.commit(true);
            index.complete = false;
            return index;
        } catch (IOException e) {
            throw new SearchIndexException("Cannot create the search index", e);
        }
    }

    /**
     * The portal's start-up policy in one call: opens the index, or creates an empty one when
     * it is missing or unusable; the result says whether a rebuild is needed.
     */
    public static OpenedIndex openOrCreate(Directory directory) {
        try {
            SearchIndex index = open(directory);
            return new OpenedIndex(index,
                    index.isCurrent() ? OpenedIndex.State.CURRENT : OpenedIndex.State.OUTDATED, null);
        } catch (IndexUnusableException e) {
            return new OpenedIndex(create(directory), OpenedIndex.State.CREATED,
                    e.reason() + ": " + e.getMessage());
        }
    }

    /** Adds or replaces the document with this path. */
    public void update(SearchDocument document) {
        updateAll(List.of(document));
    }

    /** Adds or replaces several documents, with one refresh and one commit. */
    public void updateAll(Iterable<SearchDocument> documents) {
        write(() -> {
            for (SearchDocument document : documents) {
                writer.updateDocument(pathTerm(document.path()), DocumentMapper.toLucene(document, generation));
            }
        });
    }

    /** Removes the document with this path, if any. */
    public void delete(String path) {
        write(() -> writer.deleteDocuments(pathTerm(path)));
    }

    /** Removes the document at this path and every document below it (unpublishing a subtree). */
    public void deleteTree(String path) {
        String root = path.replaceAll("/+$", "");
        Query tree = root.isEmpty() ? new MatchAllDocsQuery() : new BooleanQuery.Builder()
                .add(new TermQuery(pathTerm(root)), Occur.SHOULD)
                .add(new PrefixQuery(pathTerm(root + "/")), Occur.SHOULD)
                .build();
        write(() -> writer.deleteDocuments(tree));
    }

    /**
     * Replaces the whole index by these documents while the current contents keep serving
     * searches; they are swapped in at the end, with the current schema version. Before that the new
     * index is merged into one segment per processor, of about equal size ({@link EvenMerges}).
     *
     * @return the number of documents written
     * @throws IllegalStateException if another reindex is running
     */
    public long replaceAll(Iterable<SearchDocument> documents, ReindexProgress progress) {
        if (!reindexing.compareAndSet(false, true)) {
            throw new IllegalStateException("A reindex is already running");
        }
        AtomicLong done = new AtomicLong();
        boolean complete = false;
        try {
            long mine = exclusive(() -> generation = Math.max(generation + 1, System.currentTimeMillis()));
            long written = feed.run(documents,
                    document -> writer.updateDocument(pathTerm(document.path()), DocumentMapper.toLucene(document, mine)),
                    n -> {
                        done.set(n);
                        progress.indexed(n);
                    });
            exclusive(() -> {
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(LongPoint.newExactQuery(SearchFields.GENERATION, mine), Occur.MUST_NOT)
                        .build());
                schemaVersion = SearchFields.SCHEMA_VERSION;
                return 0L;
            });
            progress.merging(PortalSearcher.parallelism());
            writer.forceMerge(PortalSearcher.parallelism());
            complete = true;
            this.complete = true;
            return written;
        } catch (IOException e) {
            throw new SearchIndexException("Reindex failed after " + done.get() + " documents", e);
        } finally {
            finishReindex(complete);
        }
    }

    /** Makes every change written so far visible to searches (the write methods already do). */
    public void refresh() {
        if (reindexing.get()) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchIndexException("Cannot refresh the search index", e);
        }
    }

    /**
     * The mark of the content source this index is in step with, as its feeder stored it; {@code null} for a
     * new index, or one whose feeder never stored a mark. The feeder asks its source what changed since.
     */
    public String sourceMark() {
        return sourceMark;
    }

    /**
     * Stores the source's mark with the index, durably: the feeder says that every change of the source up
     * to the mark is in the index, and that it follows later changes as they come.
     */
    public void sourceMark(String mark) {
        Objects.requireNonNull(mark, "mark");
        try {
            exclusive(() -> {
                sourceMark = mark;
                commit(true);
                return 0L;
            });
        } catch (IOException e) {
            throw new SearchIndexException("Cannot store the source mark with the search index", e);
        }
    }

    /** Schema version the index was written with (0 if unknown). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Whether the index was written with this code's schema; if not, rebuild it. */
    public boolean isCurrent() {
        return schemaVersion == SearchFields.SCHEMA_VERSION;
    }

    /**
     * Whether the index can answer for everything published: true for an index opened with the current
     * schema and after a full reindex; false for a new or outdated one until its first {@link #replaceAll}
     * ends. Readers that list rather than search (archives) may walk the content meanwhile.
     */
    public boolean isComplete() {
        return complete;
    }

    /** Whether a {@link #replaceAll} is running. */
    public boolean isReindexing() {
        return reindexing.get();
    }

    /** Paths of the documents that attach the asset at this path (to index them again when it changes). */
    public List<String> attaching(String assetPath) {
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(SearchFields.ATTACHED, assetPath)), MAX_ATTACHING);
            StoredFields stored = searcher.storedFields();
            List<String> paths = new ArrayList<>();
            for (ScoreDoc hit : found.scoreDocs) {
                paths.add(stored.document(hit.doc, Set.of(SearchFields.PATH)).get(SearchFields.PATH));
            }
            return paths;
        });
    }

    /** Number of searchable documents. */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs a piece of work on a current searcher, always releasing it. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            PortalSearcher searcher = (PortalSearcher) searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchIndexException("Search failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.close();
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(PortalSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface WriterWork {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface ExclusiveWork {
        long run() throws IOException;
    }

    private void write(WriterWork work) {
        phases.readLock().lock();
        try {
            work.run();
            if (!reindexing.get()) {
                searchers.maybeRefreshBlocking();
                commit(false);
            }
        } catch (IOException e) {
            throw new SearchIndexException("Cannot write to the search index", e);
        } finally {
            phases.readLock().unlock();
        }
    }

    private long exclusive(ExclusiveWork work) throws IOException {
        phases.writeLock().lock();
        try {
            return work.run();
        } finally {
            phases.writeLock().unlock();
        }
    }

    private void finishReindex(boolean complete) {
        phases.writeLock().lock();
        try {
            reindexing.set(false);
            searchers.maybeRefreshBlocking();
            commit(complete);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot publish the reindexed search index", e);
        } finally {
            phases.writeLock().unlock();
        }
    }

    private void commit(boolean withUserData) throws IOException {
        if (withUserData) {
            Map<String, String> data = new HashMap<>(Map.of(
                    SearchFields.SCHEMA_KEY, String.valueOf(schemaVersion),
                    SearchFields.GENERATION_KEY, String.valueOf(generation)));
            if (sourceMark != null) {
                data.put(SearchFields.SOURCE_MARK_KEY, sourceMark);
            }
            writer.setLiveCommitData(data.entrySet());
        }
        writer.commit();
    }

    /** Reads the latest commit and checks every file's checksum; returns the commit's user data. */
    private static Map<String, String> verify(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnusableException(IndexUnusableException.Reason.MISSING,
                        "No search index in " + directory, null);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return reader.getIndexCommit().getUserData();
            }
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new IndexUnusableException(IndexUnusableException.Reason.INCOMPATIBLE,
                    "Search index written by an incompatible Lucene version: " + e.getMessage(), e);
        } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
            throw corrupt(e);
        } catch (IOException e) {
            throw failure("Cannot read the search index", e);
        } catch (RuntimeException e) {
            if (e instanceof SearchIndexException) {
                throw e;
            }
            throw corrupt(e); // garbage can surface as IllegalArgumentException and the like
        }
    }

    private static IndexUnusableException corrupt(Exception e) {
        return new IndexUnusableException(IndexUnusableException.Reason.CORRUPT,
                "Search index is corrupt: " + e.getMessage(), e);
    }

    private static SearchIndexException failure(String message, IOException e) {
        return new SearchIndexException(message + ": " + e.getMessage(), e);
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEX);
        config.setOpenMode(mode);
        config.setCommitOnClose(false); // every write commits; closing mid-reindex must not commit half
        config.setRAMBufferSizeMB(48);
        config.setMergePolicy(new EvenMerges(new TieredMergePolicy()));
        return config;
    }

    private static Term pathTerm(String path) {
        return new Term(SearchFields.PATH, path);
    }

    private static int number(String value) {
        return (int) Math.min(Integer.MAX_VALUE, longNumber(value));
    }

    private static long longNumber(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
