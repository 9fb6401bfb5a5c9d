package org.qualityportal.content.oak;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.spi.state.ChildNodeEntry;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.apache.jackrabbit.oak.spi.state.NodeStateDiff;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.LiveChange;
import org.qualityportal.content.LiveMarks;

/**
 * Live marks as Oak checkpoints (what Oak's own asynchronous indexes use): a checkpoint pins the
 * repository's state, and the changes since are the difference between that state's {@code /live} and
 * the head's. A checkpoint keeps old revisions from garbage collection, so the follower releases the old
 * one once it has caught up; one it forgets expires after {@link #LIFETIME}.
 */
final class OakLiveMarks implements LiveMarks {
    /** How long an unreleased mark is kept; a follower away longer reads everything again. */
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final String CREATOR = "creator";
    private static final String ME = "qualityportal-live-marks";

    private final NodeStore store;

    OakLiveMarks(NodeStore store) {
        this.store = store;
    }

    @Override
    public String mark() {
        return store.checkpoint(LIFETIME.toMillis(), Map.of(CREATOR, ME));
    }

    @Override
    public Optional<LiveChange> changesSince(String mark) {
        NodeState then = mark == null || mark.isBlank() ? null : store.retrieve(mark);
        if (then == null) {
            return Optional.empty();
        }
        String live = Nodes.LIVE_ROOT.substring(1);
        Set<String> paths = new LinkedHashSet<>();
        store.getRoot().getChildNode(live).compareAgainstBaseState(then.getChildNode(live), new Collect("", paths));
        return Optional.of(new LiveChange(paths));
    }

    @Override
    public void releaseAllBut(String kept) {
        for (String checkpoint : store.checkpoints()) {
            if (!checkpoint.equals(kept) && ME.equals(store.checkpointInfo(checkpoint).get(CREATOR))) {
                store.release(checkpoint);
            }
        }
    }

    /**
     * Collects the content paths of a diff the way {@link LiveObservation} reports events: a node whose
     * properties changed, every node of an added subtree, the root of a removed one. Oak's hidden
     * items (names starting with a colon: child order, index data) are not content.
     */
    private static final class Collect implements NodeStateDiff {
        private final String path;
        private final Set<String> paths;

        Collect(String path, Set<String> paths) {
            this.path = path;
            this.paths = paths;
        }

        @Override
        public boolean propertyAdded(PropertyState after) {
            return property(after);
        }

        @Override
        public boolean propertyChanged(PropertyState before, PropertyState after) {
            return property(after);
        }

        @Override
        public boolean propertyDeleted(PropertyState before) {
            return property(before);
        }

        @Override
        public boolean childNodeAdded(String name, NodeState after) {
            if (!hidden(name)) {
                added(path + "/" + name, after);
            }
            return true;
        }

        @Override
        public boolean childNodeChanged(String name, NodeState before, NodeState after) {
            if (!hidden(name)) {
                after.compareAgainstBaseState(before, new Collect(path + "/" + name, paths));
            }
            return true;
        }

        @Override
        public boolean childNodeDeleted(String name, NodeState before) {
            if (!hidden(name)) {
                add(path + "/" + name);
            }
            return true;
        }

        private boolean property(PropertyState property) {
            if (!hidden(property.getName())) {
                add(path);
            }
            return true;
        }

        private void added(String at, NodeState node) {
            add(at);
            for (ChildNodeEntry child : node.getChildNodeEntries()) {
                if (!hidden(child.getName())) {
                    added(at + "/" + child.getName(), child.getNodeState());
                }
            }
        }

        private void add(String contentPath) {
            if (ContentStore.isContentPath(contentPath)) {
                paths.add(contentPath);
            }
        }

        private static boolean hidden(String name) {
            return name.startsWith(":");
        }
    }
}
