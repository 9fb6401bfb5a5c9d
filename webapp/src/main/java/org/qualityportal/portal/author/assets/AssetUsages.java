package org.qualityportal.portal.author.assets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.stereotype.Component;

/**
 * Where assets are used: every page and item of the author trees whose values name an asset's path,
 * in its own properties or in those of its components and rows (an attachments list, a link in rich
 * text). One walk over the author content answers for all assets at once.
 */
@Component
class AssetUsages {
    /** An asset path inside any text: {@code /dam/…} up to the first character that cannot be in a path. */
    private static final Pattern ASSET_PATH = Pattern.compile("/dam(?:/[a-z0-9][a-z0-9_-]*)+");
    private static final Set<String> SKIPPED_TREES = Set.of("users");

    private final ContentStore store;
    private final LightModuleRegistry registry;

    AssetUsages(ContentStore store, LightModuleRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /**
     * One place that uses an asset.
     *
     * @param path  the page or item
     * @param title its title, or its name
     * @param kind  what it is: «Страница», or the label of its content type
     * @param where the component or row and the field that hold the reference, e.g. {@code main/attachments: assets}
     */
    public record Usage(String path, String title, String kind, String where) {
    }

    /** Every asset path named anywhere, with the places that name it. */
    Map<String, List<Usage>> all() {
        Map<String, List<Usage>> found = new LinkedHashMap<>();
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            for (String tree : ContentStore.TREES) {
                if (!SKIPPED_TREES.contains(tree)) {
                    author.tree("/" + tree).ifPresent(root -> walk(root, "/" + tree, null, "", found));
                }
            }
        }
        return found;
    }

    List<Usage> of(String assetPath) {
        return all().getOrDefault(assetPath, List.of());
    }

    private void walk(NodeData node, String path, Unit unit, String inside, Map<String, List<Usage>> found) {
        Unit current = unit;
        String relative = inside;
        if (NodeKind.isUnit(node.kind())) {
            current = new Unit(path, title(node), kind(node));
            relative = "";
        }
        for (Map.Entry<String, Object> property : node.properties().entrySet()) {
            if (current == null) {
                break;
            }
            for (String asset : references(property.getValue())) {
                if (!asset.equals(current.path)) {
                    String where = relative.isEmpty() ? property.getKey() : relative + ": " + property.getKey();
                    found.computeIfAbsent(asset, a -> new ArrayList<>())
                            .add(new Usage(current.path, current.title, current.kind, where));
                }
            }
        }
        for (NodeData child : node.children()) {
            String childPath = path + "/" + child.name();
            String childInside = NodeKind.isUnit(child.kind()) ? "" : relative.isEmpty() ? child.name() : relative + "/" + child.name();
            walk(child, childPath, current, childInside, found);
        }
    }

    private static Set<String> references(Object value) {
        Set<String> paths = new LinkedHashSet<>();
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        for (Object v : values) {
            if (v instanceof String s && s.contains("/dam/")) {
                Matcher m = ASSET_PATH.matcher(s);
                while (m.find()) {
                    paths.add(m.group());
                }
            }
        }
        return paths;
    }

    private static String title(NodeData node) {
        Object title = node.properties().get("title");
        return title == null || title.toString().isBlank() ? node.name() : title.toString();
    }

    private String kind(NodeData node) {
        if (NodeKind.PAGE.equals(node.kind())) {
            return "Страница";
        }
        if (NodeKind.ASSET.equals(node.kind())) {
            return "Файл";
        }
        Object type = node.properties().get(ContentProperties.CONTENT_TYPE);
        if (type != null) {
            return registry.contentType(type.toString()).map(t -> t.label()).orElse(type.toString());
        }
        return NodeKind.FOLDER.equals(node.kind()) ? "Папка" : node.kind();
    }

    private record Unit(String path, String title, String kind) {
    }
}
