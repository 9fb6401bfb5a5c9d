package org.qualityportal.content.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.NodeData;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one content file into {@link NodeData}, resolving binary values against its directory. */
final class ContentFileReader {
    private final Tika tika = new Tika();

    /** A parsed file: the unit, and the order of its child units if the file gives one. */
    record Parsed(String path, NodeData data, List<String> childOrder) {
    }

    Parsed read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String path = ImportFiles.pathOf(fileName);
        Object root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = YamlFormat.yaml().load(reader);
        } catch (YAMLException e) {
            throw new IOException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            root = Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IOException(fileName + ": the top level must be a mapping of properties and child nodes");
        }
        List<String> order = new ArrayList<>();
        Object listed = map.get(YamlFormat.ORDER_KEY);
        if (listed instanceof List<?> names) {
            names.forEach(n -> order.add(String.valueOf(n)));
        }
        NodeData data = node(file, path.substring(path.lastIndexOf('/') + 1), map, true);
        return new Parsed(path, data, order);
    }

    private NodeData node(Path file, String name, Map<?, ?> map, boolean top) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<NodeData> children = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            if (top && key.equals(YamlFormat.ORDER_KEY)) {
                continue;
            }
            if (YamlFormat.isFileMapping(value)) {
                properties.put(key, binary(file, (Map<?, ?>) value));
            } else if (value instanceof Map<?, ?> child) {
                children.add(node(file, key, child, false));
            } else if (value instanceof List<?> list) {
                if (list.stream().anyMatch(v -> v instanceof Map || v instanceof List || v == null)) {
                    throw new IOException(file.getFileName() + ": list '" + key
                            + "' may hold only plain values; use a mapping of named child nodes for rows");
                }
                properties.put(key, list);
            } else if (value != null) {
                properties.put(key, value);
            }
        }
        return new NodeData(name, properties, children);
    }

    private BinaryValue binary(Path file, Map<?, ?> spec) throws IOException {
        String stored = String.valueOf(spec.get(YamlFormat.FILE_KEY));
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path data = dir.resolve(stored).normalize();
        if (!data.startsWith(dir) || !Files.isRegularFile(data)) {
            throw new IOException(file.getFileName() + ": attached file not found beside it: " + stored);
        }
        Object offered = spec.get(YamlFormat.FILE_NAME_KEY);
        String fileName = offered == null ? data.getFileName().toString() : String.valueOf(offered);
        String mimeType;
        try (InputStream in = Files.newInputStream(data)) {
            mimeType = tika.detect(in, fileName);
        }
        return new BinaryValue(fileName, mimeType, Files.size(data), sha256(data), () -> Files.newInputStream(data));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
