package org.qualityportal.portal.author;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.qualityportal.content.Content;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * A content list's filters by field: the content type's facet fields ({@code search: facet}, or
 * {@code search: facet-year} for a date or a year number, filtered by year), each offering the values its items have,
 * with readable labels (option texts from the messages, titles of linked items).
 */
final class ListFilters {
    static final String PARAM_PREFIX = "f.";
    private static final String FACET = "facet";
    private static final String FACET_YEAR = "facet-year";

    private ListFilters() {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** One filter as the list page prints it: a labelled list of options, "all" first. */
    public record Filter(String name, String param, String label, List<Option> options) {
    }

    static List<FieldDefinition> fields(ContentTypeDefinition type) {
        return type.fields().stream().filter(f -> FACET.equals(f.extra().get("search")) || FACET_YEAR.equals(f.extra().get("search")))
                .toList();
    }

    static boolean matches(Content item, ContentTypeDefinition type, Map<String, String> chosen) {
        for (FieldDefinition field : fields(type)) {
            String wanted = chosen.get(field.name());
            if (wanted != null && !wanted.isEmpty() && !values(item, field).contains(wanted)) {
                return false;
            }
        }
        return true;
    }

    static List<Filter> of(ContentTypeDefinition type, List<Content> items, Map<String, String> chosen,
                           Map<String, String> messages, Function<String, String> titleOfPath) {
        List<Filter> filters = new ArrayList<>();
        for (FieldDefinition field : fields(type)) {
            Set<String> present = new TreeSet<>();
            items.forEach(item -> present.addAll(values(item, field)));
            String selected = chosen.getOrDefault(field.name(), "");
            List<Option> options = new ArrayList<>();
            for (String value : present) {
                options.add(new Option(value, label(type, field, value, messages, titleOfPath), value.equals(selected)));
            }
            Comparator<Option> order = isYear(field) ? Comparator.comparing(Option::value).reversed()
                    : Comparator.comparing(o -> o.label().toLowerCase(java.util.Locale.ROOT));
            options.sort(order);
            if (!selected.isEmpty() && !present.contains(selected)) {
                options.add(0, new Option(selected, selected, true)); // chosen but absent: shown, finds nothing
            }
            filters.add(new Filter(field.name(), PARAM_PREFIX + field.name(), field.label(), options));
        }
        return filters;
    }

    private static String label(ContentTypeDefinition type, FieldDefinition field, String value, Map<String, String> messages,
                                Function<String, String> titleOfPath) {
        return switch (field.type()) {
            case "select" -> messages.getOrDefault(type.name() + "." + field.name() + "." + value, value);
            case "link", "asset" -> titleOfPath.apply(value);
            case "boolean" -> "true".equals(value) ? "да" : "нет";
            default -> value;
        };
    }

    private static List<String> values(Content item, FieldDefinition field) {
        List<String> texts = FormValues.texts(item.properties().get(field.name()));
        if (isYear(field)) {
            return texts.stream().filter(t -> t.length() >= 4).map(t -> t.substring(0, 4)).distinct().toList();
        }
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }

    private static boolean isYear(FieldDefinition field) {
        return FACET_YEAR.equals(field.extra().get("search"));
    }
}
