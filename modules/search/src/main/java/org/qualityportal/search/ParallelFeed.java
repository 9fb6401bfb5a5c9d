package org.qualityportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a stream of documents on several threads: the caller's thread reads the documents (from
 * the repository, or a generator) and hands them over a short queue to worker threads, which
 * build and analyze the Lucene documents; {@code IndexWriter} takes concurrent writes, each
 * thread filling its own segment. Reading, analysis and merging then overlap instead of taking
 * turns.
 *
 * <p>Progress is reported in order (1, 2, 3, …), one call at a time. The first failure of a
 * worker stops the feed, and is thrown to the caller once every worker has stopped.
 */
final class ParallelFeed {
    /** Documents waiting per worker: enough to keep workers busy, few enough to bound memory. */
    private static final int QUEUED_PER_WORKER = 8;
    private static final Object END = new Object();

    /** Writes one document. */
    @FunctionalInterface
    interface Work {
        void write(SearchDocument document) throws IOException;
    }

    private final int workers;

    /** @param workers threads writing documents; 1 writes on the caller's thread */
    ParallelFeed(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("At least one worker is needed: " + workers);
        }
        this.workers = workers;
    }

    /** As many workers as the machine has processors. */
    static ParallelFeed forThisMachine() {
        return new ParallelFeed(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Writes every document; returns how many were written. */
    long run(Iterable<SearchDocument> documents, Work work, ReindexProgress progress) throws IOException {
        if (workers == 1) {
            long written = 0;
            for (SearchDocument document : documents) {
                work.write(document);
                progress.indexed(++written);
            }
            return written;
        }
        return new Run(work, progress).feed(documents);
    }

    /** One feed: its queue, its workers, its count and its first failure. */
    private final class Run {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(workers * QUEUED_PER_WORKER);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Work work;
        private final ReindexProgress progress;
        private long written;

        Run(Work work, ReindexProgress progress) {
            this.work = work;
            this.progress = progress;
        }

        long feed(Iterable<SearchDocument> documents) throws IOException {
            List<Thread> threads = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                Thread thread = new Thread(this::work, "search-reindex-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            try {
                for (SearchDocument document : documents) {
                    if (!hand(document)) {
                        break;
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                for (int i = 0; i < workers; i++) {
                    hand(END);
                }
                join(threads);
            }
            rethrow();
            return written;
        }

        /** Queues an item unless the feed has failed; false when it has. */
        private boolean hand(Object item) {
            try {
                while (failure.get() == null) {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
                return false;
            }
        }

        private void work() {
            try {
                while (failure.get() == null) {
                    Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (item == END) {
                        return;
                    }
                    if (item != null) {
                        work.write((SearchDocument) item);
                        counted();
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }

        private synchronized void counted() {
            progress.indexed(++written);
        }

        private void join(List<Thread> threads) {
            boolean interrupted = false;
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        failure.compareAndSet(null, e);
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void rethrow() throws IOException {
            Throwable e = failure.get();
            if (e == null) {
                return;
            }
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException("Reindex interrupted", e));
        }
    }
}
