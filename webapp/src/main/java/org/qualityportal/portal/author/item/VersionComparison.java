package org.qualityportal.portal.author.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * Two states of an item side by side, field by field, as text: select values by their labels,
 * several values one per line, composite rows one per line with their cells separated by " · ".
 */
public final class VersionComparison {
    private VersionComparison() {
    }

    /** One field in both states. */
    public record Line(String label, String before, String after, boolean changed) {
    }

    static List<Line> compare(ContentTypeDefinition type, FormValues before, FormValues after, Map<String, String> messages) {
        List<Line> lines = new ArrayList<>();
        for (FieldDefinition field : type.fields()) {
            if ("binary".equals(field.type())) {
                continue;
            }
            String a = text(type, field, before, messages);
            String b = text(type, field, after, messages);
            lines.add(new Line(field.label(), a, b, !a.equals(b)));
        }
        return lines;
    }

    private static String text(ContentTypeDefinition type, FieldDefinition field, FormValues values, Map<String, String> messages) {
        if ("composite".equals(field.type())) {
            return values.rows(field.name()).stream()
                    .map(row -> field.fields().stream().map(c -> String.join(", ", row.cell(c.name())))
                            .collect(Collectors.joining(" · ")))
                    .collect(Collectors.joining("\n"));
        }
        return values.values(field.name()).stream()
                .map(v -> "select".equals(field.type()) ? messages.getOrDefault(type.name() + "." + field.name() + "." + v, v) : v)
                .collect(Collectors.joining("\n"));
    }
}
