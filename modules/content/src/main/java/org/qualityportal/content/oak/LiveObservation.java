package org.qualityportal.content.oak;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;

import org.qualityportal.content.ContentAccessException;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.LiveChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JCR observation of {@code /live}: each batch of events the repository delivers (one per save, on
 * the repository's observation thread) becomes one {@link LiveChange} of content paths. The session
 * lives as long as the listening.
 */
final class LiveObservation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveObservation.class);
    private static final int EVENTS = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
            | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private final Session session;
    private final EventListener listener;

    LiveObservation(Session session, Consumer<LiveChange> consumer) {
        this.session = session;
        this.listener = events -> deliver(events, consumer);
        try {
            ObservationManager observation = session.getWorkspace().getObservationManager();
            observation.addEventListener(listener, EVENTS, Nodes.LIVE_ROOT, true, null, null, false);
        } catch (RepositoryException e) {
            session.logout();
            throw new ContentAccessException(e);
        }
    }

    private static void deliver(EventIterator events, Consumer<LiveChange> consumer) {
        Set<String> paths = new LinkedHashSet<>();
        while (events.hasNext()) {
            try {
                Event event = events.nextEvent();
                boolean property = (event.getType() & (Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED)) != 0;
                String jcrPath = event.getPath();
                String nodePath = property ? jcrPath.substring(0, jcrPath.lastIndexOf('/')) : jcrPath;
                contentPath(nodePath).ifPresent(paths::add);
            } catch (RepositoryException e) {
                LOG.warn("An observation event could not be read", e);
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        try {
            consumer.accept(new LiveChange(paths));
        } catch (RuntimeException e) {
            LOG.error("A live-change listener failed on {}", paths, e);
        }
    }

    /** {@code /live/news/x} → {@code /news/x}; binary resource nodes and anything outside the trees are left out. */
    private static Optional<String> contentPath(String jcrPath) {
        if (!jcrPath.startsWith(Nodes.LIVE_ROOT + "/")) {
            return Optional.empty();
        }
        String path = jcrPath.substring(Nodes.LIVE_ROOT.length());
        return ContentStore.isContentPath(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void close() {
        try {
            session.getWorkspace().getObservationManager().removeEventListener(listener);
        } catch (RepositoryException e) {
            LOG.warn("Removing the live observation listener failed", e);
        } finally {
            session.logout();
        }
    }
}
