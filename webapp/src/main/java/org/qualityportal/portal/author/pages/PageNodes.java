package org.qualityportal.portal.author.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;

/**
 * A page's own tree (its properties, areas and components, never its sub-pages) changed the way the
 * page editor changes it. Pure functions: the editor reads the tree, changes it here, and stores the
 * result in one save.
 */
final class PageNodes {
    private PageNodes() {
    }

    /** The page without its child units, which the store keeps as they are. */
    static NodeData own(NodeData page) {
        return page.withChildren(page.children().stream().filter(c -> !isUnit(c)).toList());
    }

    static List<NodeData> components(NodeData page, String area) {
        return child(page, area).map(NodeData::children).orElse(List.of()).stream()
                .filter(c -> NodeKind.COMPONENT.equals(c.kind())).toList();
    }

    static Optional<NodeData> component(NodeData page, String area, String name) {
        return components(page, area).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Adds a component at the end of the area, creating the area when the page has none yet. */
    static NodeData add(NodeData page, String area, NodeData component) {
        NodeData areaNode = child(page, area).orElse(NodeData.of(area, Map.of(ContentProperties.TYPE, NodeKind.AREA)));
        return put(page, areaNode.withChild(component));
    }

    static NodeData remove(NodeData page, String area, String name) {
        return changeArea(page, area, children -> children.removeIf(c -> c.name().equals(name)));
    }

    /** Moves a component one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    static NodeData shift(NodeData page, String area, String name, int step) {
        return changeArea(page, area, children -> {
            int from = indexOf(children, name);
            int to = from + step;
            if (from >= 0 && to >= 0 && to < children.size()) {
                children.add(to, children.remove(from));
            }
        });
    }

    static NodeData replace(NodeData page, String area, String name, UnaryOperator<NodeData> change) {
        return changeArea(page, area, children -> {
            int at = indexOf(children, name);
            if (at >= 0) {
                children.set(at, change.apply(children.get(at)));
            }
        });
    }

    /** A node name in the area not yet used: {@code base}, {@code base-2}, {@code base-3} ... */
    static String freeName(NodeData page, String area, String base) {
        List<String> taken = child(page, area).map(NodeData::children).orElse(List.of()).stream().map(NodeData::name).toList();
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static NodeData changeArea(NodeData page, String area, java.util.function.Consumer<List<NodeData>> change) {
        Optional<NodeData> areaNode = child(page, area);
        if (areaNode.isEmpty()) {
            return page;
        }
        List<NodeData> children = new ArrayList<>(areaNode.get().children());
        change.accept(children);
        return put(page, areaNode.get().withChildren(children));
    }

    private static NodeData put(NodeData page, NodeData child) {
        List<NodeData> children = new ArrayList<>(page.children());
        int at = indexOf(children, child.name());
        if (at >= 0) {
            children.set(at, child);
        } else {
            children.add(child);
        }
        return page.withChildren(children);
    }

    private static Optional<NodeData> child(NodeData node, String name) {
        return node.children().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static int indexOf(List<NodeData> nodes, String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnit(NodeData node) {
        return NodeKind.isUnit(node.kind());
    }
}
