package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.qualityportal.content.Workspace;
import org.qualityportal.search.SearchService;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * An archive of the items under {@code root}: the years that have items (with counts), the items
 * of the chosen year ({@code ?year=}, all years when absent), newest first, {@code pageSize} per
 * page ({@code ?page=}). Parameters that are not numbers, or years and pages that do not exist,
 * fall back to all years and the nearest page: an archive link never ends in an error. On the public
 * site the search index answers (one page of items read, whatever the archive's size); previews walk
 * the tree.
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

    /**
     * @param search the portal's search: the public site's archives are read from its index once the index is
     *               complete; previews (the author tree, which the index never holds) walk the tree
     */
    public ArchiveModel(ModelContext context, SearchService search) {
        RenderContext render = context.render();
        Object size = context.content().properties().get("pageSize");
        int pageSize = size instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_PAGE_SIZE;
        String root = context.content().string("root");
        ArchiveSource source = search != null && search.isComplete() && render.view().workspace() == Workspace.LIVE
                ? new IndexedArchive(search, render.view(), root) : new WalkedArchive(render.view(), root);

        SortedMap<Integer, Integer> counts = source.years();
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

        this.total = source.count(year);
        Map<String, String> kept = allYears ? Map.of() : Map.of("year", String.valueOf(year));
        this.pager = new Pager(total, pageSize, Pager.number(render.parameters().get("page"), 1), links, kept);
        CmsFunctions cmsfn = new CmsFunctions(render.view(), render.site(), context.definitions());
        this.items = source.page(year, pager.getPage(), pageSize).stream()
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
