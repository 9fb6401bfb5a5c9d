package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;

/**
 * Items under a folder ({@code root}), at most {@code limit}, in the order {@code sort} names:
 * {@code date} (newest first, the default), {@code date-ascending} (a schedule), {@code title}, or
 * {@code natural} (as arranged in the repository). {@code recursive: false} keeps to the folder's
 * own items. Walks the tree; enough for section lists of a few hundred items (search takes over
 * beyond that).
 */
public final class ItemListModel {
    private static final int DEFAULT_LIMIT = 10;

    private final List<Map<String, Object>> items;

    public ItemListModel(ModelContext context) {
        ContentView view = context.render().view();
        String root = context.content().string("root");
        Object limitValue = context.content().properties().get("limit");
        int limit = limitValue instanceof Number n ? n.intValue() : DEFAULT_LIMIT;
        boolean recursive = !Boolean.FALSE.equals(context.content().properties().get("recursive"));
        List<Content> found = new ArrayList<>();
        if (root != null && root.startsWith("/")) {
            collect(view, root, recursive, found);
        }
        order(context.content().string("sort")).ifPresent(found::sort);
        CmsFunctions cmsfn = new CmsFunctions(view, context.render().site(), context.definitions());
        this.items = found.stream().limit(limit).map(c -> describe(c, context, cmsfn)).toList();
    }

    private static java.util.Optional<Comparator<Content>> order(String sort) {
        Comparator<Content> byTitle = Comparator.comparing(c -> String.valueOf(c.properties().getOrDefault("title", "")));
        Comparator<Content> byDate = Comparator.comparing(c -> String.valueOf(c.properties().getOrDefault("date", "")));
        return switch (sort == null ? "date" : sort) {
            case "natural" -> java.util.Optional.empty();
            case "title" -> java.util.Optional.of(byTitle);
            case "date-ascending" -> java.util.Optional.of(byDate.thenComparing(byTitle));
            default -> java.util.Optional.of(byDate.reversed().thenComparing(byTitle));
        };
    }

    private static void collect(ContentView view, String path, boolean recursive, List<Content> found) {
        for (Content child : view.children(path)) {
            if (NodeKind.ITEM.equals(child.kind())) {
                found.add(child);
            } else if (recursive && NodeKind.FOLDER.equals(child.kind())) {
                collect(view, child.path(), true, found);
            }
        }
    }

    private static Map<String, Object> describe(Content item, ModelContext context, CmsFunctions cmsfn) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", item.properties().getOrDefault("title", item.name()));
        map.put("link", context.render().site().link(item));
        Object date = item.properties().get("date");
        map.put("date", date == null ? "" : date.toString());
        map.put("dateText", cmsfn.date(date));
        Object lead = item.properties().getOrDefault("lead", item.properties().get("summary"));
        map.put("lead", lead == null ? "" : lead.toString());
        return map;
    }

    public List<Map<String, Object>> getItems() {
        return items;
    }
}
