package org.qualityportal.portal.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.ContentTypeDefinition;

/**
 * The items of one content type in a view of the live workspace: the type's tree is walked through
 * its folders (and items, which may hold items of their own) in repository order. Unpublished
 * content is not in the live tree, so it is never found, listed or counted. A walk is enough for
 * the few hundred items a tree holds; search takes over beyond that.
 */
final class LiveItems {
    private LiveItems() {
    }

    static List<Content> of(ContentView live, ContentTypeDefinition type) {
        List<Content> found = new ArrayList<>();
        collect(live, "/" + type.tree(), type, found);
        return found;
    }

    /**
     * One item by its path relative to the type's tree ({@code orders/2018-03-524}) or by its id
     * ({@code qp:id}); empty when it is not live or is of another type.
     */
    static Optional<Content> find(ContentView live, ContentTypeDefinition type, String idOrPath) {
        String relative = idOrPath.replaceAll("^/+|/+$", "");
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        String path = "/" + type.tree() + "/" + relative;
        if (ContentPaths.isValid(path)) {
            Optional<Content> byPath = live.get(path).filter(c -> isOf(c, type));
            if (byPath.isPresent()) {
                return byPath;
            }
        }
        if (relative.contains("/")) {
            return Optional.empty();
        }
        return of(live, type).stream().filter(c -> relative.equals(c.audit().id())).findFirst();
    }

    /**
     * Whether a node is an item of the type: an item whose {@code qp:contentType} names it, or a
     * node of another unit kind without a content type whose kind has the type's name (assets).
     */
    static boolean isOf(Content content, ContentTypeDefinition type) {
        if (NodeKind.ITEM.equals(content.kind())) {
            return type.name().equals(content.contentType());
        }
        if (NodeKind.ASSET.equals(content.kind())) {
            String name = content.contentType() != null ? content.contentType() : content.kind();
            return type.name().equals(name);
        }
        return false;
    }

    private static void collect(ContentView live, String path, ContentTypeDefinition type, List<Content> found) {
        for (Content child : live.children(path)) {
            if (isOf(child, type)) {
                found.add(child);
            }
            if (NodeKind.FOLDER.equals(child.kind()) || NodeKind.ITEM.equals(child.kind())) {
                collect(live, child.path(), type, found);
            }
        }
    }
}
