package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * The educational agglomeration by year: how many municipalities took part (a chart with the
 * numbers), and which ones — the municipalities whose {@code membership} names that year, with
 * those that joined that year marked. Years come from the agglomeration-year items under
 * {@code root}; municipalities from {@code municipalities} (default {@code /municipalities}).
 */
public final class AgglomerationModel {
    private final List<Map<String, Object>> years = new ArrayList<>();
    private final BarChart chart;

    public AgglomerationModel(ModelContext context) {
        RenderContext render = context.render();
        ContentView view = render.view();
        Map<String, String> messages = context.definitions().messages("ru");
        String municipalitiesRoot = context.content().string("municipalities");
        List<Content> municipalities = Items.under(view, municipalitiesRoot == null ? "/municipalities" : municipalitiesRoot, false)
                .stream().filter(c -> "municipality".equals(c.contentType()))
                .sorted(Comparator.comparing(Items::title)).toList();
        List<Content> yearItems = new ArrayList<>(Items.under(view, context.content().string("root"), true));
        yearItems.sort(Comparator.comparingInt(Items::year));

        List<String> labels = new ArrayList<>();
        List<List<Number>> values = new ArrayList<>();
        double total = 0;
        Integer previous = null;
        for (Content item : yearItems) {
            int year = Items.year(item);
            Number count = item.properties().get("members") instanceof Number n ? n : null;
            if (item.properties().get("total") instanceof Number t) {
                total = Math.max(total, t.doubleValue());
            }
            List<Map<String, Object>> members = new ArrayList<>();
            for (Content municipality : municipalities) {
                List<Object> membership = Items.values(municipality.properties().get("membership"));
                if (membership.stream().anyMatch(y -> y instanceof Number n && n.intValue() == year)) {
                    final Integer before = previous;
                    boolean joined = before != null && membership.stream()
                            .noneMatch(y -> y instanceof Number n && n.intValue() == before);
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("title", Items.title(municipality));
                    member.put("link", render.site().link(municipality));
                    member.put("joined", joined);
                    members.add(member);
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", String.valueOf(year));
            entry.put("title", Items.title(item));
            entry.put("link", render.site().link(item));
            entry.put("members", count == null ? "" : String.valueOf(count.intValue()));
            entry.put("share", item.properties().get("share") instanceof Number s ? s.intValue() + "\u00A0%" : "");
            entry.put("participants", item.properties().get("participants") instanceof Number p ? String.valueOf(p.intValue()) : "");
            entry.put("listed", members);
            entry.put("complete", count != null && members.size() == count.intValue());
            years.add(entry);
            labels.add(String.valueOf(year));
            values.add(java.util.Collections.singletonList(count));
            previous = year;
        }
        this.chart = new BarChart(messages.getOrDefault("agglomeration.chartTitle", ""),
                messages.getOrDefault("chart.year", "Год"),
                List.of(messages.getOrDefault("agglomeration.members", "")), labels, values,
                total > 0 ? total : 1, v -> String.valueOf((long) v));
    }

    public List<Map<String, Object>> getYears() {
        return years;
    }

    public BarChart getChart() {
        return chart;
    }
}
