package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * Best practices under {@code root} filtered on the server by mechanism, municipality and year
 * ({@code ?mechanism=/mechanisms/1-1&municipality=/municipalities/kopeysk&year=2018}), so the
 * filter is a plain GET form that works without JavaScript. Each filter offers only the values
 * some practice has; a value no practice has is ignored rather than answered with an error.
 */
public final class PracticeFinderModel {
    private static final int PAGE_SIZE = 10;

    private final List<Filter> filters = new ArrayList<>();
    private final List<Map<String, Object>> items;
    private final Pager pager;
    private final int total;
    private final boolean filtered;
    private final String resetLink;

    public PracticeFinderModel(ModelContext context) {
        RenderContext render = context.render();
        ContentView view = render.view();
        List<Content> all = Items.under(view, context.content().string("root"), true);
        all.sort(Comparator.comparingInt(Items::year).reversed().thenComparing(Items::title));

        filters.add(Filter.of("mechanism", all, c -> Items.text(c, "mechanism", ""),
                path -> linkedTitle(view, path, true), render));
        filters.add(Filter.of("municipality", all, c -> Items.text(c, "municipality", ""),
                path -> linkedTitle(view, path, false), render));
        filters.add(Filter.of("year", all, c -> Items.year(c) == 0 ? "" : String.valueOf(Items.year(c)),
                Function.identity(), render));

        List<Content> chosen = all.stream().filter(c -> filters.stream().allMatch(f -> f.accepts(c))).toList();
        Map<String, String> kept = new TreeMap<>();
        filters.stream().filter(Filter::active).forEach(f -> kept.put(f.getName(), f.getSelected()));
        this.filtered = !kept.isEmpty();
        this.total = chosen.size();
        QueryLinks links = new QueryLinks(render.url());
        this.resetLink = links.with(Map.of());
        this.pager = new Pager(total, PAGE_SIZE, Pager.number(render.parameters().get("page"), 1), links, kept);
        this.items = pager.slice(chosen).stream().map(c -> describe(c, view, render)).toList();
    }

    private static String linkedTitle(ContentView view, String path, boolean withCode) {
        return view.get(path).map(c -> {
            String code = Items.text(c, "code", "");
            return withCode && !code.isEmpty() ? code + ". " + Items.title(c) : Items.title(c);
        }).orElse(path);
    }

    private static Map<String, Object> describe(Content practice, ContentView view, RenderContext render) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", Items.title(practice));
        map.put("link", render.site().link(practice));
        map.put("year", Items.year(practice) == 0 ? "" : String.valueOf(Items.year(practice)));
        map.put("organisation", Items.text(practice, "organisation", ""));
        map.put("mechanism", related(view, render, Items.text(practice, "mechanism", "")));
        map.put("municipality", related(view, render, Items.text(practice, "municipality", "")));
        map.put("summary", Items.text(practice, "summary", ""));
        return map;
    }

    private static Map<String, Object> related(ContentView view, RenderContext render, String path) {
        return view.get(path).<Map<String, Object>>map(c -> Map.of("title", Items.title(c), "link", render.site().link(c)))
                .orElse(Map.of());
    }

    public List<Filter> getFilters() {
        return filters;
    }

    public List<Map<String, Object>> getItems() {
        return items;
    }

    public Pager getPager() {
        return pager;
    }

    public int getTotal() {
        return total;
    }

    public boolean isFiltered() {
        return filtered;
    }

    public String getResetLink() {
        return resetLink;
    }

    /** One select of the filter form: its options (values some practice has) and the chosen one. */
    public static final class Filter {
        private final String name;
        private final Function<Content, String> value;
        private final List<Map<String, Object>> options;
        private final String selected;

        private Filter(String name, Function<Content, String> value, List<Map<String, Object>> options, String selected) {
            this.name = name;
            this.value = value;
            this.options = options;
            this.selected = selected;
        }

        static Filter of(String name, List<Content> practices, Function<Content, String> value,
                         Function<String, String> label, RenderContext render) {
            Map<String, String> labels = new LinkedHashMap<>();
            practices.stream().map(value).filter(v -> !v.isEmpty()).distinct()
                    .forEach(v -> labels.put(v, label.apply(v)));
            List<Map.Entry<String, String>> sorted = new ArrayList<>(labels.entrySet());
            sorted.sort(name.equals("year") ? Map.Entry.<String, String>comparingByKey().reversed()
                    : Map.Entry.comparingByValue());
            String requested = render.parameters().getOrDefault(name, "");
            String selected = labels.containsKey(requested) ? requested : "";
            List<Map<String, Object>> options = sorted.stream().<Map<String, Object>>map(e -> Map.of(
                    "value", e.getKey(), "label", e.getValue(), "selected", e.getKey().equals(selected))).toList();
            return new Filter(name, value, options, selected);
        }

        boolean active() {
            return !selected.isEmpty();
        }

        boolean accepts(Content practice) {
            return !active() || Objects.equals(selected, value.apply(practice));
        }

        public String getName() {
            return name;
        }

        public List<Map<String, Object>> getOptions() {
            return options;
        }

        public String getSelected() {
            return selected;
        }
    }
}
