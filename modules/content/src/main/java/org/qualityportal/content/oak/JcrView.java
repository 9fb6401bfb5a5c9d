package org.qualityportal.content.oak;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentAccessException;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.Workspace;

/**
 * Reads snapshots of one workspace, either with a session per read or on one pinned session
 * (see {@link org.qualityportal.content.ContentSession}).
 */
final class JcrView implements ContentSession {
    private final OakContentStore.Sessions sessions;
    private final OakContentStore.Reader reader;
    private final Workspace workspace;
    private final Runnable onClose;

    JcrView(OakContentStore.Sessions sessions, OakContentStore.Reader reader, Workspace workspace, Runnable onClose) {
        this.sessions = sessions;
        this.reader = reader;
        this.workspace = workspace;
        this.onClose = onClose;
    }

    @Override
    public void close() {
        onClose.run();
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Optional<Content> get(String path) {
        return reader.read(session -> {
            Optional<Node> node = node(session, path);
            return node.isPresent() ? Optional.of(snapshot(node.get())) : Optional.empty();
        });
    }

    @Override
    public List<Content> children(String path) {
        return reader.read(session -> {
            List<Content> result = new ArrayList<>();
            Optional<Node> node = node(session, path);
            if (node.isPresent()) {
                for (Node child : Nodes.children(node.get())) {
                    if (!Nodes.isResource(child)) {
                        result.add(snapshot(child));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public Optional<NodeData> tree(String path) {
        return reader.read(session -> {
            Optional<Node> node = node(session, path);
            return node.isPresent() ? Optional.of(data(node.get(), path)) : Optional.empty();
        });
    }

    @Override
    public Optional<InputStream> openBinary(String path, String property) throws IOException {
        Session session;
        try {
            session = sessions.login();
        } catch (RepositoryException e) {
            throw new ContentAccessException(e);
        }
        try {
            Optional<Node> node = node(session, path + "/" + property);
            if (node.isEmpty() || !Nodes.isResource(node.get()) || !node.get().hasProperty("jcr:data")) {
                session.logout();
                return Optional.empty();
            }
            InputStream in = node.get().getProperty("jcr:data").getBinary().getStream();
            // the session stays open while the caller streams the bytes
            return Optional.of(new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        session.logout();
                    }
                }
            });
        } catch (RepositoryException | RuntimeException e) {
            session.logout();
            throw new IOException("Cannot read " + path + "/" + property, e);
        }
    }

    private Optional<Node> node(Session session, String path) throws RepositoryException {
        if (!org.qualityportal.content.ContentPaths.isValid(path)
                || !org.qualityportal.content.ContentStore.isContentPath(path)) {
            return Optional.empty();
        }
        String jcrPath = Nodes.jcrPath(workspace, path);
        return session.nodeExists(jcrPath) ? Optional.of(session.getNode(jcrPath)) : Optional.empty();
    }

    private String viewPath(Node node) throws RepositoryException {
        String p = node.getPath();
        return workspace == Workspace.LIVE ? p.substring(Nodes.LIVE_ROOT.length()) : p;
    }

    private Content snapshot(Node node) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            String name = p.getName();
            if (ContentProperties.isDescriptive(name) && !name.equals(ContentProperties.TYPE)
                    && !name.equals(ContentProperties.TEMPLATE)) {
                properties.put(name, JcrValues.read(p));
            }
        }
        for (Node child : Nodes.children(node)) {
            if (Nodes.isResource(child)) {
                properties.put(child.getName(), binary(child, null));
            }
        }
        Content.Audit audit = new Content.Audit(
                Nodes.string(node, ContentProperties.ID),
                Nodes.instant(node, ContentProperties.CREATED),
                Nodes.instant(node, ContentProperties.LAST_MODIFIED),
                Nodes.instant(node, ContentProperties.LAST_PUBLISHED),
                Nodes.string(node, ContentProperties.PUBLISHED_BY));
        return new Content(viewPath(node), node.getName(), Nodes.kind(node),
                Nodes.string(node, ContentProperties.TEMPLATE), properties, audit);
    }

    private NodeData data(Node node, String path) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (ContentProperties.isDescriptive(p.getName())) {
                properties.put(p.getName(), JcrValues.read(p));
            }
        }
        List<NodeData> children = new ArrayList<>();
        for (Node child : Nodes.children(node)) {
            String childPath = path + "/" + child.getName();
            if (Nodes.isResource(child)) {
                String property = child.getName();
                properties.put(property, binary(child, () -> openBinary(path, property)
                        .orElseThrow(() -> new IOException("Binary vanished: " + childPath))));
            } else {
                children.add(data(child, childPath));
            }
        }
        return new NodeData(node.getName(), properties, children);
    }

    private static BinaryValue binary(Node resource, BinaryValue.Source source) throws RepositoryException {
        return new BinaryValue(
                Nodes.string(resource, ContentProperties.FILE_NAME),
                Nodes.string(resource, ContentProperties.MIME_TYPE),
                resource.getProperty(ContentProperties.SIZE).getLong(),
                Nodes.string(resource, ContentProperties.SHA256),
                source);
    }
}
