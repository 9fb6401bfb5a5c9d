package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * The mechanisms in their two groups (educational results; educational activity), each with its
 * code, summary and latest scores, and a chart comparing the latest year's scores of all nine.
 */
public final class MechanismGroupsModel {
    private final List<Map<String, Object>> groups = new ArrayList<>();
    private final BarChart chart;

    public MechanismGroupsModel(ModelContext context) {
        RenderContext render = context.render();
        ContentView view = render.view();
        Map<String, String> messages = context.definitions().messages("ru");
        List<Content> all = Mechanisms.all(view);
        int latestYear = all.stream().flatMap(m -> Mechanisms.scores(view, m).stream())
                .mapToInt(Mechanisms.Score::year).max().orElse(0);

        List<String> labels = new ArrayList<>();
        List<List<Number>> values = new ArrayList<>();
        for (int i = 0; i < Mechanisms.GROUPS.size(); i++) {
            String group = Mechanisms.GROUPS.get(i);
            List<Map<String, Object>> members = new ArrayList<>();
            for (Content mechanism : all) {
                if (!group.equals(mechanism.string("group"))) {
                    continue;
                }
                Mechanisms.Score latest = Mechanisms.scores(view, mechanism).stream()
                        .filter(s -> s.year() == latestYear).findFirst().orElse(null);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", Items.text(mechanism, "code", ""));
                entry.put("title", Items.title(mechanism));
                entry.put("link", render.site().link(mechanism));
                entry.put("summary", Items.text(mechanism, "summary", ""));
                entry.put("year", latest == null ? "" : String.valueOf(latest.year()));
                entry.put("municipal", latest == null || latest.municipal() == null ? ""
                        : Mechanisms.percent(latest.municipal().doubleValue()));
                entry.put("regional", latest == null || latest.regional() == null ? ""
                        : Mechanisms.percent(latest.regional().doubleValue()));
                members.add(entry);
                if (latest != null) {
                    labels.add(Items.text(mechanism, "code", ""));
                    values.add(java.util.Arrays.asList(latest.municipal(), latest.regional()));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", String.valueOf(i + 1));
            entry.put("title", messages.getOrDefault("mechanism.group." + group, group));
            entry.put("mechanisms", members);
            groups.add(entry);
        }
        String title = messages.getOrDefault("mechanisms.chartTitle", "{0}").replace("{0}", String.valueOf(latestYear));
        this.chart = new BarChart(title, messages.getOrDefault("mechanisms.code", "Механизм"), Mechanisms.series(messages),
                labels, values, 100, Mechanisms::percent);
    }

    public List<Map<String, Object>> getGroups() {
        return groups;
    }

    public BarChart getChart() {
        return chart;
    }
}
