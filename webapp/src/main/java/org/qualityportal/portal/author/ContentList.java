package org.qualityportal.portal.author;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Publisher;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * One page of a content type's items in the author tree, filtered, sorted and with their
 * publication status, ready to print.
 */
public record ContentList(ContentTypeDefinition type, ListQuery query, List<Row> rows, int total, int page, int pages,
                   Map<String, String> sortLinks, String previous, String next, List<ListFilters.Filter> filters,
                   List<ListFilters.Option> states) {

    /** One item: {@code status} is the enum name in lower case for styling, {@code statusLabel} the Russian word. */
    public record Row(String title, String path, String lastModified, String status, String statusLabel) {
    }

    static ContentList of(ContentView author, Publisher publisher, ContentTypeDefinition type, ListQuery query,
                          Map<String, String> messages) {
        List<Content> all = TypeItems.of(author, type);
        List<Entry> entries = all.stream()
                .filter(c -> matches(c, type, query.needle()))
                .filter(c -> ListFilters.matches(c, type, query.filters()))
                .map(c -> new Entry(c, Workspaces.title(c), c.audit().lastModified(), publisher.status(c.path())))
                .filter(e -> query.state().isEmpty() || e.status.name().toLowerCase(Locale.ROOT).equals(query.state()))
                .sorted(order(query))
                .toList();
        List<ListFilters.Filter> filters = ListFilters.of(type, all, query.filters(), messages,
                path -> author.get(path).map(Workspaces::title).orElse(path));
        List<ListFilters.Option> states = Arrays.stream(PublicationStatus.values())
                .map(s -> new ListFilters.Option(s.name().toLowerCase(Locale.ROOT), Workspaces.statusLabel(s),
                        s.name().toLowerCase(Locale.ROOT).equals(query.state())))
                .toList();
        int pages = Math.max(1, (entries.size() + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        List<Row> rows = entries.stream().skip((long) (page - 1) * ListQuery.PAGE_SIZE).limit(ListQuery.PAGE_SIZE)
                .map(ContentList::row).toList();
        Map<String, String> sortLinks = Map.of("title", query.sortedBy("title"), "date", query.sortedBy("date"),
                "status", query.sortedBy("status"));
        return new ContentList(type, query, rows, entries.size(), page, pages, sortLinks,
                page > 1 ? query.onPage(page - 1) : null, page < pages ? query.onPage(page + 1) : null, filters, states);
    }

    /** The {@code aria-sort} value of a column. */
    public String ariaSort(String key) {
        return key.equals(query.sort()) ? (query.desc() ? "descending" : "ascending") : "none";
    }

    private static boolean matches(Content item, ContentTypeDefinition type, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        if (item.name().contains(needle)) {
            return true;
        }
        for (FieldDefinition field : type.fields()) {
            if ("text".equals(field.type()) || "title".equals(field.name())) {
                Object value = item.properties().get(field.name());
                if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }


    private static Comparator<Entry> order(ListQuery query) {
        Comparator<Entry> key = switch (query.sort()) {
            case "title" -> Comparator.comparing((Entry e) -> e.title.toLowerCase(Locale.ROOT));
            case "status" -> Comparator.comparing((Entry e) -> e.status);
            default -> Comparator.comparing((Entry e) -> e.modified, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (query.desc()) {
            key = key.reversed();
        }
        return key.thenComparing(e -> e.item.path());
    }

    private static Row row(Entry e) {
        return new Row(e.title, e.item.path(), Workspaces.dateTime(e.modified), Workspaces.statusClass(e.status),
                Workspaces.statusLabel(e.status));
    }

    private record Entry(Content item, String title, Instant modified, PublicationStatus status) {
    }
}
