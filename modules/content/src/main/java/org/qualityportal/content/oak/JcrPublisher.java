package org.qualityportal.content.oak;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Publisher;
import org.qualityportal.content.VersionInfo;

/** Copies units from author to live in one save each, recording a version per publish. */
final class JcrPublisher implements Publisher {
    /** String property values that start with this name an asset the unit references. */
    private static final String ASSET_PREFIX = "/dam/";

    private final OakContentStore.Sessions sessions;
    private final Clock clock;

    JcrPublisher(OakContentStore.Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<String> publish(String path, String user) {
        ContentPaths.requireValid(path);
        return sessions.write(session -> {
            Node unit = authorUnit(session, path);
            String now = clock.instant().toString();
            List<String> published = new ArrayList<>();
            copyToLive(session, unit, now, user);
            published.add(path);
            for (String asset : assetReferences(unit)) {
                if (session.nodeExists(asset) && Nodes.isUnit(session.getNode(asset))
                        && status(session, asset) != PublicationStatus.PUBLISHED) {
                    copyToLive(session, session.getNode(asset), now, user);
                    published.add(asset);
                }
            }
            return published;
        });
    }

    @Override
    public boolean unpublish(String path, String user) {
        ContentPaths.requireValid(path);
        if (ContentPaths.depth(path) < 2) {
            throw new IllegalArgumentException("Cannot unpublish a whole tree: " + path);
        }
        return sessions.write(session -> {
            String livePath = Nodes.LIVE_ROOT + path;
            if (!session.nodeExists(livePath)) {
                return false;
            }
            session.getNode(livePath).remove();
            return true;
        });
    }

    @Override
    public PublicationStatus status(String path) {
        ContentPaths.requireValid(path);
        return sessions.read(session -> status(session, path));
    }

    @Override
    public List<VersionInfo> versions(String path) {
        ContentPaths.requireValid(path);
        return sessions.read(session -> {
            List<VersionInfo> result = new ArrayList<>();
            if (!session.nodeExists(path)) {
                return result;
            }
            String id = Nodes.string(session.getNode(path), ContentProperties.ID);
            String historyPath = Nodes.VERSIONS_ROOT + "/" + id;
            if (id == null || !session.nodeExists(historyPath)) {
                return result;
            }
            for (Node v : Nodes.children(session.getNode(historyPath))) {
                result.add(new VersionInfo(Integer.parseInt(v.getName()), Nodes.string(v, "qp:versionOf"),
                        Nodes.instant(v, ContentProperties.CREATED), Nodes.string(v, "qp:author")));
            }
            result.sort(Comparator.comparingInt(VersionInfo::number));
            return result;
        });
    }

    @Override
    public Optional<NodeData> version(String path, int number) {
        ContentPaths.requireValid(path);
        return sessions.read(session -> {
            String id = session.nodeExists(path) ? Nodes.string(session.getNode(path), ContentProperties.ID) : null;
            String versionPath = Nodes.VERSIONS_ROOT + "/" + id + "/" + number + "/content";
            return id == null || number < 1 || !session.nodeExists(versionPath) ? Optional.<NodeData>empty()
                    : Optional.of(snapshot(session.getNode(versionPath), ContentPaths.name(path)));
        });
    }

    private static NodeData snapshot(Node node, String name) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (ContentProperties.isDescriptive(p.getName())) {
                properties.put(p.getName(), JcrValues.read(p));
            }
        }
        List<NodeData> children = new ArrayList<>();
        for (Node child : Nodes.children(node)) {
            if (!Nodes.isResource(child)) {
                children.add(snapshot(child, child.getName()));
            }
        }
        return new NodeData(name, properties, children);
    }

    private static Node authorUnit(Session session, String path) throws RepositoryException {
        if (!session.nodeExists(path)) {
            throw new IllegalArgumentException("Nothing to publish at " + path);
        }
        Node node = session.getNode(path);
        if (!Nodes.isUnit(node) || node.getDepth() < 2) {
            throw new IllegalArgumentException("Only pages, items, assets and folders are published: " + path);
        }
        return node;
    }

    private static PublicationStatus status(Session session, String path) throws RepositoryException {
        if (!session.nodeExists(Nodes.LIVE_ROOT + path) || !session.nodeExists(path)) {
            return PublicationStatus.NOT_PUBLISHED;
        }
        Node author = session.getNode(path);
        String modified = Nodes.string(author, ContentProperties.LAST_MODIFIED);
        String published = Nodes.string(author, ContentProperties.LAST_PUBLISHED);
        // ISO-8601 instants in UTC compare correctly as text
        return published == null || (modified != null && modified.compareTo(published) > 0)
                ? PublicationStatus.MODIFIED : PublicationStatus.PUBLISHED;
    }

    private void copyToLive(Session session, Node unit, String now, String user) throws RepositoryException {
        unit.setProperty(ContentProperties.LAST_PUBLISHED, now);
        unit.setProperty(ContentProperties.PUBLISHED_BY, user);
        Node liveParent = ensureLiveAncestors(session, unit.getParent());
        Node live = Nodes.child(liveParent, unit.getName());
        for (Node child : Nodes.children(live)) {
            if (!Nodes.isUnit(child)) {
                child.remove();
            }
        }
        NodeCopy.properties(unit, live);
        NodeCopy.nonUnitChildren(unit, live);
        alignOrder(unit, liveParent);
        recordVersion(session, unit, now, user);
    }

    /** Live ancestors that do not exist yet are created as property-only copies of their author nodes. */
    private Node ensureLiveAncestors(Session session, Node authorParent) throws RepositoryException {
        String livePath = Nodes.LIVE_ROOT + authorParent.getPath();
        if (session.nodeExists(livePath)) {
            return session.getNode(livePath);
        }
        Node liveGrandParent = ensureLiveAncestors(session, authorParent.getParent());
        Node live = Nodes.child(liveGrandParent, authorParent.getName());
        NodeCopy.properties(authorParent, live);
        alignOrder(authorParent, liveGrandParent);
        return live;
    }

    /** Places the live copy of {@code authorNode} before the live copy of its next published author sibling. */
    private static void alignOrder(Node authorNode, Node liveParent) throws RepositoryException {
        List<Node> siblings = Nodes.children(authorNode.getParent());
        boolean after = false;
        for (Node sibling : siblings) {
            if (after && liveParent.hasNode(sibling.getName())) {
                liveParent.orderBefore(authorNode.getName(), sibling.getName());
                return;
            }
            after |= sibling.isSame(authorNode);
        }
        liveParent.orderBefore(authorNode.getName(), null);
    }

    private static void recordVersion(Session session, Node unit, String now, String user) throws RepositoryException {
        Node versions = session.getNode(Nodes.VERSIONS_ROOT);
        Node history = Nodes.child(versions, Nodes.string(unit, ContentProperties.ID));
        Node version = history.addNode(String.valueOf(history.getNodes().getSize() + 1), Nodes.NT_UNSTRUCTURED);
        version.setProperty("qp:versionOf", unit.getPath());
        version.setProperty(ContentProperties.CREATED, now);
        version.setProperty("qp:author", user);
        Node copy = version.addNode("content", Nodes.NT_UNSTRUCTURED);
        NodeCopy.properties(unit, copy);
        NodeCopy.nonUnitChildren(unit, copy);
    }

    private static Set<String> assetReferences(Node node) throws RepositoryException {
        Set<String> refs = new LinkedHashSet<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                String s = v.getString();
                if (s.startsWith(ASSET_PREFIX) && ContentPaths.isValid(s)) {
                    refs.add(s);
                }
            }
        }
        for (Node child : Nodes.children(node)) {
            if (!Nodes.isUnit(child) && !Nodes.isResource(child)) {
                refs.addAll(assetReferences(child));
            }
        }
        return refs;
    }
}
