package org.qualityportal.content.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentWriter.UpsertResult;
import org.qualityportal.content.PublicationStatus;

/**
 * Imports a directory of content files: an upsert by path, so running it twice changes nothing.
 * All files are read and checked before anything is written, so a broken file stops the import
 * without leaving half of it behind.
 */
public final class ContentImporter {
    /** The user recorded as publisher of imported content. */
    public static final String IMPORT_USER = "import";

    private final ContentStore store;

    public ContentImporter(ContentStore store) {
        this.store = store;
    }

    /**
     * @param publish also publish every imported unit that is not yet live as imported
     */
    public ImportReport importDirectory(Path directory, boolean publish, ImportProgress progress) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("Not a directory: " + directory);
        }
        Map<String, ContentFileReader.Parsed> units = readAll(directory);
        List<String> ordered = parentsFirst(units);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        int done = 0;
        for (String path : ordered) {
            UpsertResult result = store.writer().upsert(path, units.get(path).data());
            (result == UpsertResult.CREATED ? created : result == UpsertResult.UPDATED ? updated : unchanged).add(path);
            progress.step(++done, ordered.size(), path);
        }
        for (String path : ordered) {
            List<String> order = units.get(path).childOrder();
            if (!order.isEmpty() && store.writer().orderChildren(path, order)) {
                if (unchanged.remove(path)) {
                    updated.add(path);
                }
            }
        }
        List<String> published = new ArrayList<>();
        if (publish) {
            for (String path : ordered) {
                if (store.publisher().status(path) != PublicationStatus.PUBLISHED) {
                    published.addAll(store.publisher().publish(path, IMPORT_USER));
                }
            }
        }
        return new ImportReport(created, updated, unchanged, published);
    }

    private static Map<String, ContentFileReader.Parsed> readAll(Path directory) throws IOException {
        ContentFileReader reader = new ContentFileReader();
        Map<String, ContentFileReader.Parsed> units = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> ImportFiles.isContentFile(f.getFileName().toString())).sorted().toList()) {
                try {
                    ContentFileReader.Parsed parsed = reader.read(file);
                    units.put(parsed.path(), parsed);
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException("Import stopped, nothing was written. Problems:\n  " + String.join("\n  ", problems));
        }
        return units;
    }

    /**
     * Depth-first, parents before children, siblings in the order their parent's file lists them
     * (then by name), so a fresh import creates every node in its final place. A parent without a
     * file of its own is created by its first child's upsert, so it takes its place among its
     * siblings too (an export writes it a file, and importing that must give the same order).
     */
    private static List<String> parentsFirst(Map<String, ContentFileReader.Parsed> units) {
        Set<String> paths = new TreeSet<>(units.keySet());
        for (String path : units.keySet()) {
            for (String p = ContentPaths.parent(path); ContentPaths.depth(p) >= 2; p = ContentPaths.parent(p)) {
                paths.add(p);
            }
        }
        List<String> visited = new ArrayList<>();
        Comparator<String> byDepth = Comparator.comparingInt(ContentPaths::depth);
        for (String path : paths.stream().sorted(byDepth.thenComparing(p -> p)).toList()) {
            if (!visited.contains(path)) {
                visit(path, paths, units, visited);
            }
        }
        return visited.stream().filter(units::containsKey).toList();
    }

    private static void visit(String path, Set<String> paths, Map<String, ContentFileReader.Parsed> units,
            List<String> result) {
        result.add(path);
        List<String> order = units.containsKey(path) ? units.get(path).childOrder() : List.of();
        List<String> children = paths.stream()
                .filter(p -> ContentPaths.parent(p).equals(path))
                .sorted(Comparator.comparingInt((String p) -> rank(order, ContentPaths.name(p))).thenComparing(p -> p))
                .toList();
        for (String child : children) {
            visit(child, paths, units, result);
        }
    }

    private static int rank(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
