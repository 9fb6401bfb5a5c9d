package org.qualityportal.templating.lightmodule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the light-module folder so edits on disk take effect without a restart. Polling a few
 * dozen file stamps costs little and, unlike a watch service, behaves the same on every file
 * system and for editors that replace files instead of writing them.
 */
public final class LightModuleWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LightModuleWatcher.class);

    private final ScheduledExecutorService executor;

    public LightModuleWatcher(LightModuleRegistry registry, Duration interval) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "light-module-watcher");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (registry.refresh()) {
                    LOG.debug("Light modules reloaded");
                }
            } catch (RuntimeException e) {
                LOG.warn("Light module refresh failed", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
