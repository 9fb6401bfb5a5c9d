package org.qualityportal.content.oak;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeKind;

/** Small JCR helpers shared by the reader, writer and publisher. */
final class Nodes {
    static final String NT_UNSTRUCTURED = "nt:unstructured";
    static final String LIVE_ROOT = "/live";
    static final String VERSIONS_ROOT = "/versions";

    private Nodes() {
    }

    static String kind(Node node) throws RepositoryException {
        return node.hasProperty(ContentProperties.TYPE)
                ? node.getProperty(ContentProperties.TYPE).getString() : NodeKind.ROW;
    }

    static boolean isUnit(Node node) throws RepositoryException {
        return NodeKind.isUnit(kind(node));
    }

    static boolean isResource(Node node) throws RepositoryException {
        return NodeKind.RESOURCE.equals(kind(node));
    }

    static List<Node> children(Node node) throws RepositoryException {
        List<Node> result = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            result.add(it.nextNode());
        }
        return result;
    }

    static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }

    static Instant instant(Node node, String property) throws RepositoryException {
        String v = string(node, property);
        return v == null ? null : Instant.parse(v);
    }

    static String jcrPath(org.qualityportal.content.Workspace workspace, String path) {
        return workspace == org.qualityportal.content.Workspace.LIVE ? LIVE_ROOT + path : path;
    }

    /** Adds a child at the end, or returns the existing one. */
    static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, NT_UNSTRUCTURED);
    }
}
