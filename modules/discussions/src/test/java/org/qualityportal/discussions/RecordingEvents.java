package org.qualityportal.discussions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.DiscussionEvents;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.web.RegistryEvents;

/** Keeps what the discussion and registry parts announced. */
public final class RecordingEvents implements DiscussionEvents, RegistryEvents {
    /** Ids of the contributions announced as published, in order. */
    public final List<String> published = new CopyOnWriteArrayList<>();
    public final List<Expert> decided = new CopyOnWriteArrayList<>();

    @Override
    public void published(Discussion d, Contribution c) {
        published.add(c.id());
    }

    @Override
    public void decided(Expert expert) {
        decided.add(expert);
    }
}
