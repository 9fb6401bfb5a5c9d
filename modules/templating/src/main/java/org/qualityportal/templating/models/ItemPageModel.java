package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.rendering.AssetFunctions;
import org.qualityportal.templating.rendering.CmsFunctions;
import org.qualityportal.templating.rendering.ModelContext;

/**
 * An item page computed from its content type: every field the definition names, formatted for
 * reading and grouped as the page shows them (facts, rich text, tables of composite rows, links,
 * files). A new field in the content type appears on the page without a template change.
 */
public final class ItemPageModel {
    /** Fields the page shows in its own places (heading, lead, meta description). */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("title", "summary", "lead", "description");

    private final ModelContext context;
    private final ContentView view;
    private final CmsFunctions cmsfn;
    private final AssetFunctions damfn;
    private final Map<String, String> messages;
    private final ContentTypeDefinition type;

    private final List<Map<String, Object>> facts = new ArrayList<>();
    private final List<Map<String, Object>> texts = new ArrayList<>();
    private final List<Map<String, Object>> tables = new ArrayList<>();
    private final List<Map<String, Object>> links = new ArrayList<>();
    private final List<Map<String, Object>> files = new ArrayList<>();

    public ItemPageModel(ModelContext context) {
        this(context, Set.of());
    }

    /** The page without the fields a more specific page model shows its own way. */
    ItemPageModel(ModelContext context, Set<String> shownByCaller) {
        this.context = context;
        this.view = context.render().view();
        this.cmsfn = new CmsFunctions(view, context.render().site(), context.definitions());
        this.damfn = new AssetFunctions(view, context.render().site());
        this.messages = context.definitions().messages("ru");
        this.type = context.definitions().contentType(context.content().contentType()).orElse(null);
        if (type != null) {
            for (FieldDefinition field : type.fields()) {
                if (!SHOWN_ELSEWHERE.contains(field.name()) && !shownByCaller.contains(field.name())) {
                    add(field);
                }
            }
        }
    }

    private void add(FieldDefinition field) {
        Content item = context.content();
        switch (field.type()) {
            case "composite" -> table(field, item.path() + "/" + field.name()).ifPresent(tables::add);
            case "richText" -> {
                String html = item.string(field.name());
                if (html != null && !html.isBlank()) {
                    texts.add(Map.of("label", field.label(), "html", html));
                }
            }
            case "link" -> {
                List<Map<String, Object>> targets = targets(Items.values(item.properties().get(field.name())));
                if (!targets.isEmpty()) {
                    links.add(Map.of("label", field.label(), "items", targets));
                }
            }
            case "asset" -> {
                List<Map<String, Object>> assets = Items.values(item.properties().get(field.name())).stream()
                        .map(v -> damfn.asset(String.valueOf(v))).filter(a -> a != null).toList();
                if (!assets.isEmpty()) {
                    files.add(Map.of("label", field.label(), "items", assets));
                }
            }
            case "binary" -> { }
            default -> {
                List<String> shown = Items.values(item.properties().get(field.name())).stream()
                        .map(v -> format(field, v)).filter(v -> !v.isBlank()).toList();
                if (!shown.isEmpty()) {
                    facts.add(Map.of("label", field.label(), "values", shown));
                }
            }
        }
    }

    /** Rows of a composite field: stored as child nodes of a node named after the field. */
    private java.util.Optional<Map<String, Object>> table(FieldDefinition field, String path) {
        List<Content> rows = view.children(path);
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> columns = field.fields().stream().map(FieldDefinition::label).toList();
        List<List<List<String>>> cells = new ArrayList<>();
        for (Content row : rows) {
            List<List<String>> cellsOfRow = new ArrayList<>();
            for (FieldDefinition column : field.fields()) {
                cellsOfRow.add(Items.values(row.properties().get(column.name())).stream()
                        .map(v -> column.type().equals("link") ? title(v) : format(column, v)).toList());
            }
            cells.add(cellsOfRow);
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", field.name());
        table.put("label", field.label());
        table.put("columns", columns);
        table.put("rows", cells);
        return java.util.Optional.of(table);
    }

    private String format(FieldDefinition field, Object value) {
        return switch (field.type()) {
            case "date" -> cmsfn.date(value);
            case "boolean" -> Boolean.TRUE.equals(value) ? "да" : "нет";
            case "select" -> messages.getOrDefault(type.name() + "." + field.name() + "." + value, String.valueOf(value));
            default -> String.valueOf(value);
        };
    }

    private List<Map<String, Object>> targets(List<Object> paths) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object path : paths) {
            view.get(String.valueOf(path)).ifPresent(target -> {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("title", target.properties().getOrDefault("title", target.name()));
                link.put("link", context.render().site().link(target));
                result.add(link);
            });
        }
        return result;
    }

    private String title(Object path) {
        return view.get(String.valueOf(path)).map(c -> String.valueOf(c.properties().getOrDefault("title", c.name())))
                .orElse("");
    }

    /** The content type's name for one item, e.g. «Механизм управления качеством образования». */
    public String getTypeLabel() {
        return type == null ? "" : type.label();
    }

    public List<Map<String, Object>> getFacts() {
        return facts;
    }

    public List<Map<String, Object>> getTexts() {
        return texts;
    }

    public List<Map<String, Object>> getTables() {
        return tables;
    }

    public List<Map<String, Object>> getLinks() {
        return links;
    }

    public List<Map<String, Object>> getFiles() {
        return files;
    }
}
