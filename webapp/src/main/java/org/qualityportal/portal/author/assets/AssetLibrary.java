package org.qualityportal.portal.author.assets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.springframework.stereotype.Component;

/**
 * Assets in the author tree {@code /dam}, stored as the content import stores them: a node of kind
 * {@code asset} with the asset type's fields and the file as the binary property {@code file}, so
 * the public download ({@code /dam/…}) serves an uploaded file once it is published.
 */
@Component
class AssetLibrary {
    static final String ROOT = "/dam";
    static final String FILE = "file";

    private final ContentStore store;
    /** Choosing a free name and taking it is one step, so two uploads of one name never share a node. */
    private final Object naming = new Object();

    AssetLibrary(ContentStore store) {
        this.store = store;
    }

    ContentView author() {
        return store.view(Workspace.AUTHOR);
    }

    /** The folder at {@code path}: {@code /dam} itself or a folder below it. */
    Optional<Content> folder(String path) {
        if (path == null || !(path.equals(ROOT) || path.startsWith(ROOT + "/")) || !ContentPaths.isValid(path)) {
            return Optional.empty();
        }
        if (path.equals(ROOT)) {
            return Optional.of(new Content(ROOT, "dam", NodeKind.FOLDER, null, Map.of(),
                    new Content.Audit(null, null, null, null, null)));
        }
        return author().get(path).filter(c -> NodeKind.FOLDER.equals(c.kind()));
    }

    Optional<Content> asset(String path) {
        if (path == null || !path.startsWith(ROOT + "/") || !ContentPaths.isValid(path)) {
            return Optional.empty();
        }
        return author().get(path).filter(c -> NodeKind.ASSET.equals(c.kind()));
    }

    /** Stores a new asset in {@code folder} under a name made from the file's; returns its path. */
    String create(String folder, StagedFile file, String mimeType, ContentTypeDefinition type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ContentProperties.TYPE, NodeKind.ASSET);
        properties.put("title", FileNames.stem(file.fileName()));
        FileTypes.known(mimeType).map(FileTypes.Known::kind)
                .filter(kind -> type.field("kind").map(f -> f.options().contains(kind)).orElse(false))
                .ifPresent(kind -> properties.put("kind", kind));
        properties.put(FILE, file.binary(mimeType));
        synchronized (naming) {
            String name = freeName(folder, FileNames.slug(file.fileName()));
            String path = folder + "/" + name;
            store.writer().upsert(path, NodeData.of(name, properties));
            return path;
        }
    }

    /** Puts a new file in place of the asset's, at the same path; the other fields stay. */
    void replaceFile(String path, StagedFile file, String mimeType) {
        NodeData current = tree(path);
        Map<String, Object> properties = new LinkedHashMap<>(current.properties());
        properties.put(FILE, file.binary(mimeType));
        store.writer().upsert(path, new NodeData(current.name(), properties, current.children()));
    }

    /** Sets the given fields (a null value removes the field); the file and anything else stay. */
    void update(String path, Map<String, Object> fields) {
        NodeData current = tree(path);
        Map<String, Object> properties = new LinkedHashMap<>(current.properties());
        fields.forEach((name, value) -> {
            if (value == null) {
                properties.remove(name);
            } else {
                properties.put(name, value);
            }
        });
        store.writer().upsert(path, new NodeData(current.name(), properties, current.children()));
    }

    /** The asset as stored, with its rows and the file (whose bytes are read only if they change). */
    NodeData tree(String path) {
        return author().tree(path).orElseThrow(() -> new IllegalArgumentException("No asset at " + path));
    }

    PublicationStatus status(String path) {
        return store.publisher().status(path);
    }

    /**
     * Removes the asset from the author tree and, when it was published, from the public site.
     *
     * @return whether it had been published
     */
    boolean delete(String path, String user) {
        boolean published = status(path) != PublicationStatus.NOT_PUBLISHED;
        if (published) {
            store.publisher().unpublish(path, user);
        }
        store.writer().delete(path);
        return published;
    }

    static Optional<BinaryValue> file(Content asset) {
        return asset.properties().get(FILE) instanceof BinaryValue b ? Optional.of(b) : Optional.empty();
    }

    private String freeName(String folder, String base) {
        ContentView author = author();
        String name = base;
        for (int n = 2; author.get(folder + "/" + name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
