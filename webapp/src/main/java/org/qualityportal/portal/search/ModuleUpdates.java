package org.qualityportal.portal.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.qualityportal.api.SearchSource;
import org.qualityportal.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings modules' reported changes into the index on one background thread, so a module's action
 * (a post, an approval) never waits for the index. Reports of a path already waiting are merged: a busy
 * discussion is indexed once for many posts, as it is when its turn comes.
 */
final class ModuleUpdates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleUpdates.class);

    private final SearchIndex index;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-modules");
        t.setDaemon(true);
        return t;
    });

    ModuleUpdates(SearchIndex index) {
        this.index = index;
    }

    void changed(SearchSource module, String path) {
        if (waiting.add(path)) {
            worker.execute(() -> apply(module, path));
        }
    }

    private void apply(SearchSource module, String path) {
        waiting.remove(path);
        try {
            module.find(path).map(SearchIndexer::document).ifPresentOrElse(index::update, () -> index.delete(path));
            index.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Search index: {} not updated; a reindex will bring it in", path, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
