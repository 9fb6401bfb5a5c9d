package org.qualityportal.content.oak;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;

/** Copies within one session: a unit's own properties and its non-unit subtree. */
final class NodeCopy {
    private NodeCopy() {
    }

    /** Replaces the target's properties with the source's (everything but {@code jcr:} system properties). */
    static void properties(Node source, Node target) throws RepositoryException {
        List<Property> old = new ArrayList<>();
        for (PropertyIterator it = target.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (!p.getName().startsWith("jcr:")) {
                old.add(p);
            }
        }
        for (Property p : old) {
            p.remove();
        }
        for (PropertyIterator it = source.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (p.getName().startsWith("jcr:") && !p.getName().equals("jcr:data")) {
                continue;
            }
            if (p.isMultiple()) {
                target.setProperty(p.getName(), p.getValues());
            } else {
                target.setProperty(p.getName(), p.getValue());
            }
        }
    }

    static void nonUnitChildren(Node source, Node target) throws RepositoryException {
        for (Node child : Nodes.children(source)) {
            if (!Nodes.isUnit(child)) {
                Node copy = target.addNode(child.getName(), Nodes.NT_UNSTRUCTURED);
                properties(child, copy);
                nonUnitChildren(child, copy);
            }
        }
    }
}
