package org.qualityportal.portal.author.assets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Publisher;

/**
 * One folder of {@code /dam} ready to print: the way up, its sub-folders, and its assets with file,
 * type, size, publication status and how many pages and items use each.
 */
public record FolderPage(String path, String title, List<Crumb> crumbs, List<FolderRow> folders, List<AssetRow> assets) {
    static final Map<PublicationStatus, String> STATUS = Map.of(
            PublicationStatus.NOT_PUBLISHED, "Не опубликован",
            PublicationStatus.PUBLISHED, "Опубликован",
            PublicationStatus.MODIFIED, "Изменён после публикации");

    /** A step of the way from {@code /dam} to this folder. */
    public record Crumb(String title, String href) {
    }

    public record FolderRow(String title, String name, String href, int size) {
    }

    /** {@code status} is the enum name for styling, {@code statusLabel} the Russian word. */
    public record AssetRow(String title, String name, String fileName, String type, String size, String status,
                           String statusLabel, int usedBy, String usedByLabel, String href) {
    }

    static FolderPage of(ContentView author, Publisher publisher, Content folder, Map<String, List<AssetUsages.Usage>> usages) {
        List<FolderRow> folders = new ArrayList<>();
        List<AssetRow> assets = new ArrayList<>();
        for (Content child : author.children(folder.path())) {
            if (NodeKind.FOLDER.equals(child.kind())) {
                folders.add(new FolderRow(title(child), child.name(), folderHref(child.path()), author.children(child.path()).size()));
            } else if (NodeKind.ASSET.equals(child.kind())) {
                assets.add(row(child, publisher.status(child.path()), usages.getOrDefault(child.path(), List.of()).size()));
            }
        }
        folders.sort(Comparator.comparing(f -> f.title().toLowerCase(Locale.ROOT)));
        return new FolderPage(folder.path(), folder.path().equals(AssetLibrary.ROOT) ? "Файлы" : title(folder),
                crumbs(author, folder.path()), folders, assets);
    }

    static String folderHref(String path) {
        return path.equals(AssetLibrary.ROOT) ? "/author/assets" : "/author/assets?folder=" + encode(path);
    }

    static String assetHref(String path) {
        return "/author/assets/edit?path=" + encode(path);
    }

    static String title(Content content) {
        String title = content.string("title");
        return title == null || title.isBlank() ? content.name() : title;
    }

    private static AssetRow row(Content asset, PublicationStatus status, int usedBy) {
        BinaryValue file = AssetLibrary.file(asset).orElse(null);
        return new AssetRow(title(asset), asset.name(), file == null ? "—" : file.fileName(),
                file == null ? "—" : FileTypes.label(file.mimeType()), file == null ? "—" : Sizes.format(file.size()),
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), STATUS.get(status), usedBy, places(usedBy),
                assetHref(asset.path()));
    }

    /** "нигде", "1 место", "3 места", "12 мест". */
    static String places(int n) {
        return n == 0 ? "нигде" : n + " " + Sizes.plural(n, "место", "места", "мест");
    }

    static List<Crumb> crumbs(ContentView author, String path) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("Файлы", folderHref(AssetLibrary.ROOT)));
        String walked = AssetLibrary.ROOT;
        for (String name : path.substring(AssetLibrary.ROOT.length()).split("/")) {
            if (!name.isEmpty()) {
                walked = walked + "/" + name;
                String at = walked;
                crumbs.add(new Crumb(author.get(at).map(FolderPage::title).orElse(name), folderHref(at)));
            }
        }
        return crumbs;
    }

    /** Content paths are Latin letters, digits, dashes and slashes: nothing in them needs escaping in a query. */
    private static String encode(String path) {
        return ContentPaths.requireValid(path);
    }
}
