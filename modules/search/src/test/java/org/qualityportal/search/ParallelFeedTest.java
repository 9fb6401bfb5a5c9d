package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelFeedTest {

    private static List<SearchDocument> documents(int n) {
        return IntStream.range(0, n).mapToObj(i -> SearchDocument.of("/d/" + i, "/d/" + i + ".html", "document",
                "Документ", "Документ " + i)).toList();
    }

    @Test
    void everyDocumentIsWrittenOnceOnTheWorkersAndProgressCountsUpInOrder() throws IOException {
        Set<String> written = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Long> progress = Collections.synchronizedList(new ArrayList<>());

        long count = new ParallelFeed(3).run(documents(500), d -> {
            assertThat(written.add(d.path())).as("written twice: %s", d.path()).isTrue();
            threads.add(Thread.currentThread().getName());
        }, progress::add);

        assertThat(count).isEqualTo(500);
        assertThat(written).hasSize(500);
        assertThat(progress).containsExactlyElementsOf(IntStream.rangeClosed(1, 500).mapToObj(i -> (long) i).toList());
        assertThat(threads).allMatch(name -> name.startsWith("search-reindex-"))
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void oneWorkerWritesOnTheCallersThread() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        long count = new ParallelFeed(1).run(documents(20), d -> threads.add(Thread.currentThread().getName()),
                ReindexProgress.NONE);
        assertThat(count).isEqualTo(20);
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aWorkersFailureStopsTheFeedAndReachesTheCaller() {
        AtomicInteger read = new AtomicInteger();
        Iterable<SearchDocument> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                int i = read.incrementAndGet();
                return SearchDocument.of("/d/" + i, "/d/" + i, "document", "Документ", "Документ " + i);
            }
        };
        assertThatThrownBy(() -> new ParallelFeed(2).run(endless, d -> {
            if (d.path().equals("/d/50")) {
                throw new IOException("disk full");
            }
        }, ReindexProgress.NONE)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(read.get()).as("the reader stops soon after the failure").isLessThan(10_000);
    }

    @Test
    void aFailureWhileReadingStopsTheWorkersAndReachesTheCaller() {
        Iterable<SearchDocument> broken = () -> new Iterator<>() {
            private final Iterator<SearchDocument> some = documents(30).iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                if (!some.hasNext()) {
                    throw new IllegalStateException("repository closed");
                }
                return some.next();
            }
        };
        AtomicInteger written = new AtomicInteger();
        assertThatThrownBy(() -> new ParallelFeed(2).run(broken, d -> written.incrementAndGet(), ReindexProgress.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("repository closed");
        assertThat(written.get()).isLessThanOrEqualTo(30);
    }

    @Test
    void noWorkersIsRefused() {
        assertThatThrownBy(() -> new ParallelFeed(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
