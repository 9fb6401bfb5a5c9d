package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityportal.content.Content;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * An archive of the items under {@code root}: the years that have items (with counts), the items
 * of the chosen year ({@code ?year=}, all years when absent), newest first, {@code pageSize} per
 * page ({@code ?page=}). Parameters that are not numbers, or years and pages that do not exist,
 * fall back to all years and the nearest page: an archive link never ends in an error.
 */
public final class ArchiveModel {
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final List<Map<String, Object>> years = new ArrayList<>();
    private final List<Map<String, Object>> items;
    private final Pager pager;
    private final int year;
    private final int total;
    private final String allYearsLink;
    private final boolean allYears;

    public ArchiveModel(ModelContext context) {
        RenderContext render = context.render();
        Object size = context.content().properties().get("pageSize");
        int pageSize = size instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_PAGE_SIZE;
        List<Content> all = Items.under(render.view(), context.content().string("root"), true);
        all.sort(Items.newestFirst());

        TreeMap<Integer, Integer> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
        all.stream().map(Items::year).filter(y -> y > 0).forEach(y -> counts.merge(y, 1, Integer::sum));
        int requested = Pager.number(render.parameters().get("year"), 0);
        this.year = counts.containsKey(requested) ? requested : 0;
        this.allYears = year == 0;
        QueryLinks links = new QueryLinks(render.url());
        this.allYearsLink = links.with(Map.of());
        counts.forEach((y, count) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", String.valueOf(y));
            entry.put("count", count);
            entry.put("link", links.with(Map.of("year", String.valueOf(y))));
            entry.put("current", y == year);
            years.add(entry);
        });

        List<Content> chosen = allYears ? all : all.stream().filter(c -> Items.year(c) == year).toList();
        this.total = chosen.size();
        Map<String, String> kept = allYears ? Map.of() : Map.of("year", String.valueOf(year));
        this.pager = new Pager(total, pageSize, Pager.number(render.parameters().get("page"), 1), links, kept);
        CmsFunctions cmsfn = new CmsFunctions(render.view(), render.site(), context.definitions());
        this.items = chosen.subList(pager.from(), pager.to()).stream()
                .map(c -> Items.summary(c, render, cmsfn)).toList();
    }

    public List<Map<String, Object>> getYears() {
        return years;
    }

    public List<Map<String, Object>> getItems() {
        return items;
    }

    public Pager getPager() {
        return pager;
    }

    /** The chosen year as text, or empty for all years. */
    public String getYear() {
        return allYears ? "" : String.valueOf(year);
    }

    public boolean isAllYears() {
        return allYears;
    }

    public String getAllYearsLink() {
        return allYearsLink;
    }

    public int getTotal() {
        return total;
    }
}
