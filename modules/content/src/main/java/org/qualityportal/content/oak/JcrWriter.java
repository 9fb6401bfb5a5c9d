package org.qualityportal.content.oak;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentWriter;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;

/** Upserts units into the author workspace, writing only what differs. */
final class JcrWriter implements ContentWriter {
    private final OakContentStore.Sessions sessions;
    private final Clock clock;

    JcrWriter(OakContentStore.Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public UpsertResult upsert(String path, NodeData data) {
        requireContent(path);
        if (ContentPaths.depth(path) < 2) {
            throw new IllegalArgumentException("Cannot replace a whole tree: " + path);
        }
        return sessions.write(session -> {
            Node parent = ensureFolders(session, ContentPaths.parent(path));
            String name = ContentPaths.name(path);
            boolean created = !parent.hasNode(name);
            Node node = Nodes.child(parent, name);
            boolean changed = apply(node, data);
            String now = clock.instant().toString();
            if (created) {
                node.setProperty(ContentProperties.ID, UUID.randomUUID().toString());
                node.setProperty(ContentProperties.CREATED, now);
            }
            if (created || changed) {
                touch(node, now);
            }
            return created ? UpsertResult.CREATED : changed ? UpsertResult.UPDATED : UpsertResult.UNCHANGED;
        });
    }

    @Override
    public boolean orderChildren(String path, List<String> names) {
        requireContent(path);
        return sessions.write(session -> {
            if (!session.nodeExists(path)) {
                return false;
            }
            Node node = session.getNode(path);
            List<String> present = names.stream().filter(n -> hasChild(node, n)).toList();
            List<String> actual = new ArrayList<>();
            for (Node child : Nodes.children(node)) {
                actual.add(child.getName());
            }
            if (actual.subList(0, present.size()).equals(present)) {
                return false;
            }
            for (int i = present.size() - 1; i >= 0; i--) {
                Node first = Nodes.children(node).get(0);
                if (!first.getName().equals(present.get(i))) {
                    node.orderBefore(present.get(i), first.getName());
                }
            }
            return true;
        });
    }

    private static boolean hasChild(Node node, String name) {
        try {
            return ContentPaths.isValidName(name) && node.hasNode(name);
        } catch (RepositoryException e) {
            throw new org.qualityportal.content.ContentAccessException(e);
        }
    }

    @Override
    public boolean delete(String path) {
        requireContent(path);
        if (ContentPaths.depth(path) < 2) {
            throw new IllegalArgumentException("Cannot delete a whole tree: " + path);
        }
        return sessions.write(session -> {
            if (!session.nodeExists(path)) {
                return false;
            }
            Node node = session.getNode(path);
            Node parent = node.getParent();
            node.remove();
            touch(parent, clock.instant().toString());
            return true;
        });
    }

    @Override
    public boolean move(String from, String to) {
        checkPlace(from, to);
        return sessions.write(session -> {
            if (!session.nodeExists(from)) {
                return false;
            }
            checkTarget(session, to);
            session.move(from, to);
            String liveFrom = Nodes.jcrPath(Workspace.LIVE, from);
            if (session.nodeExists(liveFrom)) {
                String liveTo = Nodes.jcrPath(Workspace.LIVE, to);
                if (session.nodeExists(ContentPaths.parent(liveTo))) {
                    session.move(liveFrom, liveTo);
                } else {
                    session.getNode(liveFrom).remove();
                }
            }
            String now = clock.instant().toString();
            touch(session.getNode(ContentPaths.parent(to)), now);
            return true;
        });
    }

    @Override
    public boolean copy(String from, String to) {
        checkPlace(from, to);
        return sessions.write(session -> {
            if (!session.nodeExists(from)) {
                return false;
            }
            checkTarget(session, to);
            Node target = session.getNode(ContentPaths.parent(to)).addNode(ContentPaths.name(to), Nodes.NT_UNSTRUCTURED);
            copyAsNew(session.getNode(from), target, clock.instant().toString());
            return true;
        });
    }

    private static void checkPlace(String from, String to) {
        requireContent(from);
        requireContent(to);
        if (ContentPaths.depth(from) < 2 || ContentPaths.depth(to) < 2) {
            throw new IllegalArgumentException("Cannot move or copy a whole tree: " + from + " → " + to);
        }
        if (!ContentPaths.tree(from).equals(ContentPaths.tree(to))) {
            throw new IllegalArgumentException("Stays in its tree: " + from + " → " + to);
        }
        if (to.equals(from) || to.startsWith(from + "/")) {
            throw new IllegalArgumentException("Cannot go inside itself: " + from + " → " + to);
        }
    }

    private static void checkTarget(Session session, String to) throws RepositoryException {
        if (session.nodeExists(to)) {
            throw new IllegalArgumentException("Already taken: " + to);
        }
        if (!session.nodeExists(ContentPaths.parent(to))) {
            throw new IllegalArgumentException("No such parent: " + ContentPaths.parent(to));
        }
    }

    /** A deep copy in which every unit is new: fresh id, created and modified now, never published. */
    private static void copyAsNew(Node source, Node target, String now) throws RepositoryException {
        NodeCopy.properties(source, target);
        if (Nodes.isUnit(target)) {
            target.setProperty(ContentProperties.ID, UUID.randomUUID().toString());
            target.setProperty(ContentProperties.CREATED, now);
            target.setProperty(ContentProperties.LAST_MODIFIED, now);
            for (String gone : List.of(ContentProperties.LAST_PUBLISHED, ContentProperties.PUBLISHED_BY)) {
                if (target.hasProperty(gone)) {
                    target.getProperty(gone).remove();
                }
            }
        }
        for (Node child : Nodes.children(source)) {
            copyAsNew(child, target.addNode(child.getName(), Nodes.NT_UNSTRUCTURED), now);
        }
    }

    /** Marks the unit holding {@code node} as modified. */
    private static void touch(Node node, String now) throws RepositoryException {
        Node unit = node;
        while (!Nodes.isUnit(unit) && unit.getDepth() > 1) {
            unit = unit.getParent();
        }
        unit.setProperty(ContentProperties.LAST_MODIFIED, now);
    }

    /** Creates missing ancestors as folders; existing nodes are left as they are. */
    private Node ensureFolders(Session session, String path) throws RepositoryException {
        Node node = session.getRootNode();
        for (String segment : path.substring(1).split("/")) {
            if (!node.hasNode(segment)) {
                Node folder = node.addNode(segment, Nodes.NT_UNSTRUCTURED);
                String now = clock.instant().toString();
                folder.setProperty(ContentProperties.TYPE, NodeKind.FOLDER);
                folder.setProperty(ContentProperties.ID, UUID.randomUUID().toString());
                folder.setProperty(ContentProperties.CREATED, now);
                folder.setProperty(ContentProperties.LAST_MODIFIED, now);
            }
            node = node.getNode(segment);
        }
        return node;
    }

    /** Makes {@code node} match {@code data}; returns whether anything changed. */
    private boolean apply(Node node, NodeData data) throws RepositoryException, IOException {
        boolean changed = removeStaleProperties(node, data.properties());
        Set<String> binaries = new HashSet<>();
        for (Map.Entry<String, Object> e : data.properties().entrySet()) {
            if (e.getValue() instanceof BinaryValue binary) {
                binaries.add(e.getKey());
                changed |= applyBinary(node, e.getKey(), binary);
            } else {
                changed |= applyProperty(node, e.getKey(), e.getValue());
            }
        }
        Set<String> wanted = new HashSet<>(binaries);
        data.children().forEach(c -> wanted.add(c.name()));
        for (Node child : Nodes.children(node)) {
            // child units (sub-pages, items) are described by their own files
            if (!wanted.contains(child.getName()) && !Nodes.isUnit(child)) {
                child.remove();
                changed = true;
            }
        }
        for (NodeData childData : data.children()) {
            if (!ContentPaths.isValidName(childData.name())) {
                throw new IllegalArgumentException("Invalid node name: " + childData.name());
            }
            boolean created = !node.hasNode(childData.name());
            changed |= apply(Nodes.child(node, childData.name()), childData) | created;
        }
        return changed | order(node, data.children());
    }

    private static boolean removeStaleProperties(Node node, Map<String, Object> wanted) throws RepositoryException {
        boolean changed = false;
        List<Property> stale = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (ContentProperties.isDescriptive(p.getName()) && !wanted.containsKey(p.getName())) {
                stale.add(p);
            }
        }
        for (Property p : stale) {
            p.remove();
            changed = true;
        }
        return changed;
    }

    private static boolean applyProperty(Node node, String name, Object value) throws RepositoryException {
        if (!ContentProperties.isDescriptive(name)) {
            throw new IllegalArgumentException("Reserved property name: " + name);
        }
        Object wanted = JcrValues.normalise(value);
        if (node.hasProperty(name) && Objects.equals(JcrValues.read(node.getProperty(name)), wanted)) {
            return false;
        }
        JcrValues.write(node, name, wanted);
        return true;
    }

    private static boolean applyBinary(Node node, String name, BinaryValue value)
            throws RepositoryException, IOException {
        if (node.hasNode(name)) {
            Node existing = node.getNode(name);
            if (Nodes.isResource(existing) && Objects.equals(value.sha256(), Nodes.string(existing, ContentProperties.SHA256))
                    && Objects.equals(value.fileName(), Nodes.string(existing, ContentProperties.FILE_NAME))
                    && Objects.equals(value.mimeType(), Nodes.string(existing, ContentProperties.MIME_TYPE))) {
                return false;
            }
            existing.remove();
        }
        if (value.source() == null) {
            throw new IllegalArgumentException("No bytes given for binary property " + name);
        }
        Node resource = node.addNode(name, Nodes.NT_UNSTRUCTURED);
        resource.setProperty(ContentProperties.TYPE, NodeKind.RESOURCE);
        resource.setProperty(ContentProperties.FILE_NAME, value.fileName());
        resource.setProperty(ContentProperties.MIME_TYPE, value.mimeType());
        resource.setProperty(ContentProperties.SIZE, value.size());
        resource.setProperty(ContentProperties.SHA256, value.sha256());
        try (InputStream in = value.source().open()) {
            Binary binary = node.getSession().getValueFactory().createBinary(in);
            resource.setProperty("jcr:data", binary);
        }
        return true;
    }

    /** Puts the described children in the described order, after any child units. */
    private static boolean order(Node node, List<NodeData> children) throws RepositoryException {
        List<String> wanted = children.stream().map(NodeData::name).toList();
        List<String> actual = new ArrayList<>();
        for (Node child : Nodes.children(node)) {
            if (wanted.contains(child.getName())) {
                actual.add(child.getName());
            }
        }
        if (actual.equals(wanted)) {
            return false;
        }
        for (String name : wanted) {
            node.orderBefore(name, null);
        }
        return true;
    }

    /** A valid path inside a content tree: the writer never touches live, versions or system records. */
    private static void requireContent(String path) {
        ContentPaths.requireValid(path);
        if (!org.qualityportal.content.ContentStore.isContentPath(path)) {
            throw new IllegalArgumentException("Not in a content tree: " + path);
        }
    }
}
