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
 * Items under a folder ({@code root}), newest first by their {@code date}, at most {@code limit}.
 * Walks the tree; enough for section lists of a few hundred items (search takes over beyond that).
 */
public final class ItemListModel {
    private static final int DEFAULT_LIMIT = 10;

    private final List<Map<String, Object>> items;

    public ItemListModel(ModelContext context) {
        ContentView view = context.render().view();
        String root = context.content().string("root");
        Object limitValue = context.content().properties().get("limit");
        int limit = limitValue instanceof Number n ? n.intValue() : DEFAULT_LIMIT;
        List<Content> found = new ArrayList<>();
        if (root != null && root.startsWith("/")) {
            collect(view, root, found);
        }
        found.sort(Comparator.comparing((Content c) -> String.valueOf(c.properties().getOrDefault("date", ""))).reversed()
                .thenComparing(c -> String.valueOf(c.properties().getOrDefault("title", ""))));
        CmsFunctions cmsfn = new CmsFunctions(view, context.render().site(), null);
        this.items = found.stream().limit(limit).map(c -> describe(c, context, cmsfn)).toList();
    }

    private static void collect(ContentView view, String path, List<Content> found) {
        for (Content child : view.children(path)) {
            if (NodeKind.ITEM.equals(child.kind())) {
                found.add(child);
            } else if (NodeKind.FOLDER.equals(child.kind())) {
                collect(view, child.path(), found);
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
