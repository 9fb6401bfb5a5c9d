package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
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
        List<Content> found = new ArrayList<>(Items.under(view, root, recursive));
        order(context.content().string("sort")).ifPresent(found::sort);
        CmsFunctions cmsfn = new CmsFunctions(view, context.render().site(), context.definitions());
        this.items = found.stream().limit(limit).map(c -> Items.summary(c, context.render(), cmsfn)).toList();
    }

    private static java.util.Optional<Comparator<Content>> order(String sort) {
        Comparator<Content> byTitle = Comparator.comparing(c -> String.valueOf(c.properties().getOrDefault("title", "")));
        Comparator<Content> byDate = Comparator.comparing(c -> String.valueOf(c.properties().getOrDefault("date", "")));
        return switch (sort == null ? "date" : sort) {
            case "natural" -> java.util.Optional.empty();
            case "title" -> java.util.Optional.of(byTitle);
            case "date-ascending" -> java.util.Optional.of(byDate.thenComparing(byTitle));
            default -> java.util.Optional.of(Items.newestFirst());
        };
    }

    public List<Map<String, Object>> getItems() {
        return items;
    }
}
