package org.qualityportal.portal.author;

import java.util.ArrayList;
import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.ContentTypeDefinition;

/**
 * The items of one content type in the author tree: its tree walked through folders (and items,
 * which may hold items of their own) in repository order. Assets count as the {@code asset} type.
 */
final class TypeItems {
    private TypeItems() {
    }

    static List<Content> of(ContentView view, ContentTypeDefinition type) {
        List<Content> found = new ArrayList<>();
        collect(view, "/" + type.tree(), type, found);
        return found;
    }

    static boolean isOf(Content content, ContentTypeDefinition type) {
        if (NodeKind.ITEM.equals(content.kind())) {
            return type.name().equals(content.contentType());
        }
        if (NodeKind.ASSET.equals(content.kind())) {
            return type.name().equals(content.contentType() != null ? content.contentType() : content.kind());
        }
        return false;
    }

    private static void collect(ContentView view, String path, ContentTypeDefinition type, List<Content> found) {
        for (Content child : view.children(path)) {
            if (isOf(child, type)) {
                found.add(child);
            }
            if (NodeKind.FOLDER.equals(child.kind()) || NodeKind.ITEM.equals(child.kind())) {
                collect(view, child.path(), type, found);
            }
        }
    }
}
