package org.qualityportal.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detached node with its descendants: what import reads from YAML, export writes, and
 * {@link ContentWriter#upsert} stores. Property values are String, Long, Double, Boolean,
 * {@link BinaryValue}, or a List of one of the scalar types (a multi-valued property).
 * {@code qp:type}, {@code qp:template} and {@code qp:contentType} are ordinary entries of
 * {@link #properties()}.
 */
public record NodeData(String name, Map<String, Object> properties, List<NodeData> children) {

    public NodeData {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        children = List.copyOf(children);
    }

    public static NodeData of(String name, Map<String, Object> properties) {
        return new NodeData(name, properties, List.of());
    }

    public String kind() {
        return (String) properties.get(ContentProperties.TYPE);
    }

    public NodeData withChildren(List<NodeData> newChildren) {
        return new NodeData(name, properties, newChildren);
    }

    public NodeData withChild(NodeData child) {
        List<NodeData> all = new ArrayList<>(children);
        all.add(child);
        return withChildren(all);
    }
}
