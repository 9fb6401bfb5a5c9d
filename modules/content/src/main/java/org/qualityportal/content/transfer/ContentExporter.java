package org.qualityportal.content.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;

/**
 * Writes the author workspace in the import format: one file per unit, binaries beside it, no
 * audit fields or ids. Importing the result into an empty repository reproduces the content.
 */
public final class ContentExporter {
    /** Order of the reserved keys at the top of each mapping; other properties follow by name. */
    private static final List<String> FIRST = List.of(
            ContentProperties.TYPE, ContentProperties.TEMPLATE, ContentProperties.CONTENT_TYPE);

    private final ContentStore store;

    public ContentExporter(ContentStore store) {
        this.store = store;
    }

    /**
     * Exports the given trees; when none are given, every tree but {@code users} (accounts and
     * password hashes are not content). Returns the number of units written.
     */
    public int export(Path directory, List<String> trees, ImportProgress progress) throws IOException {
        for (String tree : trees) {
            if (!ContentStore.TREES.contains(tree)) {
                throw new IllegalArgumentException("Not a content tree: " + tree + " (trees: " + ContentStore.TREES + ")");
            }
        }
        Files.createDirectories(directory);
        List<NodeData> roots = new ArrayList<>();
        List<String> rootPaths = new ArrayList<>();
        List<String> chosen = trees.isEmpty()
                ? ContentStore.TREES.stream().filter(t -> !t.equals("users")).toList() : trees;
        for (String tree : chosen) {
            store.view(Workspace.AUTHOR).tree("/" + tree).ifPresent(root -> {
                roots.add(root);
                rootPaths.add("/" + tree);
            });
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            for (NodeData child : roots.get(i).children()) {
                collect(rootPaths.get(i) + "/" + child.name(), child, units);
            }
        }
        int done = 0;
        for (Unit unit : units) {
            write(directory, unit);
            progress.step(++done, units.size(), unit.path());
        }
        return units.size();
    }

    private record Unit(String path, NodeData data, List<String> childUnits) {
    }

    /** Splits the tree at units: each unit keeps its non-unit descendants and names its child units. */
    private static void collect(String path, NodeData node, List<Unit> units) {
        List<String> childUnits = new ArrayList<>();
        List<NodeData> own = new ArrayList<>();
        for (NodeData child : node.children()) {
            if (NodeKind.isUnit(child.kind())) {
                childUnits.add(child.name());
            } else {
                own.add(child);
            }
        }
        units.add(new Unit(path, node.withChildren(own), childUnits));
        for (NodeData child : node.children()) {
            if (NodeKind.isUnit(child.kind())) {
                collect(path + "/" + child.name(), child, units);
            }
        }
    }

    private void write(Path directory, Unit unit) throws IOException {
        String base = ImportFiles.baseName(unit.path());
        Map<String, Object> yaml = mapping(directory, base, unit.data());
        if (unit.childUnits().size() > 1) {
            yaml.put(YamlFormat.ORDER_KEY, unit.childUnits());
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve(base + ImportFiles.EXTENSION))) {
            YamlFormat.yaml().dump(yaml, out);
        }
    }

    private Map<String, Object> mapping(Path directory, String filePrefix, NodeData node) throws IOException {
        Map<String, Object> yaml = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(node.properties().keySet());
        names.sort(Comparator.comparingInt((String n) -> FIRST.contains(n) ? FIRST.indexOf(n) : FIRST.size())
                .thenComparing(n -> n));
        for (String name : names) {
            Object value = node.properties().get(name);
            yaml.put(name, value instanceof BinaryValue binary ? file(directory, filePrefix + "." + name, binary) : value);
        }
        for (NodeData child : node.children()) {
            yaml.put(child.name(), mapping(directory, filePrefix + "." + child.name(), child));
        }
        return yaml;
    }

    private static Map<String, Object> file(Path directory, String prefix, BinaryValue binary) throws IOException {
        String stored = prefix + extension(binary.fileName());
        try (InputStream in = binary.source().open()) {
            Files.copy(in, directory.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put(YamlFormat.FILE_KEY, stored);
        spec.put(YamlFormat.FILE_NAME_KEY, binary.fileName());
        return spec;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : ".bin";
    }
}
