package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * The events under {@code root} as a schedule, earliest first: dates, topic, the mechanisms each
 * one is about, and who runs it (the executor first, then the co-executors).
 */
public final class ScheduleModel {
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final String caption;

    public ScheduleModel(ModelContext context) {
        RenderContext render = context.render();
        ContentView view = render.view();
        CmsFunctions cmsfn = new CmsFunctions(view, render.site(), context.definitions());
        String root = context.content().string("root");
        this.caption = root == null ? "" : view.get(root).map(Items::title).orElse("");
        List<Content> events = Items.under(view, root, true);
        events.sort(Comparator.comparing((Content c) -> Items.text(c, "date", "")).thenComparing(Items::title));
        for (Content event : events) {
            Map<String, Object> row = Items.summary(event, render, cmsfn);
            String end = Items.text(event, "dateEnd", "");
            row.put("dateEndText", end.isEmpty() ? "" : cmsfn.date(end));
            row.put("mechanisms", mechanisms(view, render, event));
            List<String> runBy = new ArrayList<>();
            Items.values(event.properties().get("organisers")).forEach(o -> runBy.add(o.toString()));
            Items.values(event.properties().get("coOrganisers")).forEach(o -> runBy.add(o.toString()));
            row.put("runBy", String.join(", ", runBy.stream().distinct().toList()));
            rows.add(row);
        }
    }

    private static List<Map<String, Object>> mechanisms(ContentView view, RenderContext render, Content event) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object path : Items.values(event.properties().get("mechanisms"))) {
            view.get(path.toString()).ifPresent(m -> {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("code", Items.text(m, "code", ""));
                link.put("title", Items.title(m));
                link.put("link", render.site().link(m));
                result.add(link);
            });
        }
        return result;
    }

    public List<Map<String, Object>> getRows() {
        return rows;
    }

    /** The title of the folder the events come from (the series), for the table caption. */
    public String getCaption() {
        return caption;
    }
}
