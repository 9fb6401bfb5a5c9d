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
import org.qualityportal.templating.rendering.RenderContext;

/** Shared steps of the list models: finding the items under a folder and describing one for a list. */
final class Items {
    private Items() {
    }

    /** Items under {@code root}, folders walked when {@code recursive}; an invalid root gives none. */
    static List<Content> under(ContentView view, String root, boolean recursive) {
        List<Content> found = new ArrayList<>();
        if (root != null && root.startsWith("/")) {
            collect(view, root, recursive, found);
        }
        return found;
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

    /** Newest first by {@code date}, then by title: the order of news and archives. */
    static Comparator<Content> newestFirst() {
        Comparator<Content> byDate = Comparator.comparing(c -> text(c, "date", ""));
        return byDate.reversed().thenComparing(Items::title);
    }

    /** Title, link, date (ISO and long form) and lead of an item, as list templates print them. */
    static Map<String, Object> summary(Content item, RenderContext render, CmsFunctions cmsfn) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title(item));
        map.put("link", render.site().link(item));
        Object date = item.properties().get("date");
        map.put("date", date == null ? "" : date.toString());
        map.put("dateText", cmsfn.date(date));
        map.put("lead", text(item, "lead", text(item, "summary", "")));
        return map;
    }

    static String title(Content item) {
        return text(item, "title", item.name());
    }

    static String text(Content item, String property, String fallback) {
        Object value = item.properties().get(property);
        return value == null ? fallback : value.toString();
    }

    /** The item's {@code year}, else the year of its {@code date} (ISO), or 0 when it has neither. */
    static int year(Content item) {
        if (item.properties().get("year") instanceof Number number) {
            return number.intValue();
        }
        String date = text(item, "date", "");
        if (date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(date.substring(0, 4));
        }
        return 0;
    }

    /** A property's values as a list, whether it holds one value or several. */
    static List<Object> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }
}
