package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.RenderContext;

/**
 * A mechanism's page: its fields as on any item page, plus its scores as a chart with the numbers,
 * its documents under each stage of the management cycle (every stage shown, in cycle order), and
 * the events, materials and practices that name it.
 */
public final class MechanismPageModel {
    private static final List<String> LINKING_TREES = List.of("/conferences", "/practices", "/documents");

    private final ItemPageModel item;
    private final BarChart chart;
    private final List<Map<String, Object>> stages = new ArrayList<>();
    private final List<Map<String, Object>> related = new ArrayList<>();
    private final String groupTitle;

    public MechanismPageModel(ModelContext context) {
        this.item = new ItemPageModel(context, Set.of("scores", "stageDocuments", "group", "code"));
        RenderContext render = context.render();
        ContentView view = render.view();
        Content mechanism = context.content();
        Map<String, String> messages = context.definitions().messages("ru");
        this.groupTitle = messages.getOrDefault("mechanism.group." + mechanism.string("group"), "");

        List<Mechanisms.Score> scores = Mechanisms.scores(view, mechanism);
        this.chart = new BarChart(messages.getOrDefault("mechanism.chartTitle", ""), messages.getOrDefault("chart.year", "Год"),
                Mechanisms.series(messages), scores.stream().map(s -> String.valueOf(s.year())).toList(),
                scores.stream().map(s -> java.util.Arrays.asList(s.municipal(), s.regional())).toList(), 100,
                Mechanisms::percent);

        collectStages(context, view, render, messages);
        CmsFunctions cmsfn = new CmsFunctions(view, render.site(), context.definitions());
        for (String tree : LINKING_TREES) {
            for (Content other : Items.under(view, tree, true)) {
                if (names(other, mechanism.path())) {
                    Map<String, Object> entry = Items.summary(other, render, cmsfn);
                    entry.put("type", context.definitions().contentType(other.contentType())
                            .map(t -> t.label()).orElse(""));
                    related.add(entry);
                }
            }
        }
    }

    private void collectStages(ModelContext context, ContentView view, RenderContext render, Map<String, String> messages) {
        List<String> order = context.definitions().contentType("mechanism")
                .flatMap(t -> t.fields().stream().filter(f -> f.name().equals("stageDocuments")).findFirst())
                .flatMap(f -> f.fields().stream().filter(f2 -> f2.name().equals("stage")).findFirst())
                .map(FieldDefinition::options).orElse(List.of());
        List<Content> rows = view.children(context.content().path() + "/stageDocuments");
        for (String stage : order) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Content row : rows) {
                if (stage.equals(row.string("stage"))) {
                    view.get(Items.text(row, "document", "")).ifPresent(d -> documents.add(
                            Map.of("title", Items.title(d), "link", render.site().link(d))));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stage", stage);
            entry.put("label", messages.getOrDefault("mechanism.stage." + stage, stage));
            entry.put("documents", documents);
            stages.add(entry);
        }
    }

    private static boolean names(Content other, String mechanismPath) {
        return Items.values(other.properties().get("mechanisms")).contains(mechanismPath)
                || mechanismPath.equals(other.properties().get("mechanism"));
    }

    public ItemPageModel getItem() {
        return item;
    }

    public BarChart getChart() {
        return chart;
    }

    public List<Map<String, Object>> getStages() {
        return stages;
    }

    public boolean isHasStageDocuments() {
        return stages.stream().anyMatch(s -> !((List<?>) s.get("documents")).isEmpty());
    }

    public List<Map<String, Object>> getRelated() {
        return related;
    }

    public String getGroupTitle() {
        return groupTitle;
    }
}
