package org.qualityportal.discussions.discussion;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is told, after a change is stored, which discussion it touched (the portal's search follows
 * discussions this way). A failing listener is logged; the change it was told about stands.
 */
final class ChangeListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListeners.class);

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    void changed(String discussionId) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(discussionId);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on the change of discussion {}", discussionId, e);
            }
        }
    }
}
