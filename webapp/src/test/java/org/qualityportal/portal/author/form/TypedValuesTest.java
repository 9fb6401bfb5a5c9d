package org.qualityportal.portal.author.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityportal.portal.SafeHtml;
import org.qualityportal.templating.definition.FieldDefinition;

/** The form's text to stored values: types, lists, rows, and rich text sanitised against every known payload. */
class TypedValuesTest {
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");

    private static FieldDefinition field(String name, String type, boolean multiple) {
        return new FieldDefinition(name, type, name, false, multiple, false, List.of(), List.of(), Map.of());
    }

    @Test
    void valuesGetTheirTypesAndEmptyFieldsAreLeftOut() {
        List<FieldDefinition> fields = List.of(field("n", "number", false), field("d", "number", false),
                field("b", "boolean", false), field("tags", "text", true), field("empty", "text", false),
                field("bad", "number", false));
        FormValues values = FormBinder.bind(fields, Map.of("f.n", new String[] {"19"}, "f.d", new String[] {"3,5"},
                "f.b", new String[] {"true"}, "f.tags", new String[] {"МСОКО\n\n  РСОКО  \n"},
                "f.empty", new String[] {"   "}, "f.bad", new String[] {"много"}));

        assertThat(TypedValues.properties(fields, values)).containsExactly(Map.entry("n", 19L), Map.entry("d", 3.5),
                Map.entry("b", true), Map.entry("tags", List.of("МСОКО", "РСОКО")), Map.entry("bad", "много"));
    }

    @Test
    void compositeRowsKeepTheirNamesNewRowsGetFreeOnesAndForgedNamesAreIgnored() {
        FieldDefinition events = new FieldDefinition("events", "composite", "События", false, true, false, List.of(),
                List.of(field("name", "text", false)), Map.of());
        FormValues values = FormBinder.bind(List.of(events), Map.of("r.events.count", new String[] {"3"},
                "r.events.0.name", new String[] {"Первое"}, "r.events.0._name", new String[] {"event-01"},
                "r.events.1.name", new String[] {"Второе"}, "r.events.1._name", new String[] {"../../users"},
                "r.events.1._remove", new String[] {"on"}, "r.events.2.name", new String[] {"Третье"},
                "r.events.2._name", new String[] {"../../users"}));

        assertThat(values.rows("events")).extracting(FormValues.Row::name).containsExactly("event-01", null);
        assertThat(values.rows("events")).extracting(r -> r.cell("name")).containsExactly(List.of("Первое"), List.of("Третье"));

        FormValues named = new FormValues();
        named.putRows("events", List.of(new FormValues.Row("row-01", Map.of("name", List.of("А"))),
                new FormValues.Row(null, Map.of("name", List.of("Б")))));
        assertThat(TypedValues.areas(List.of(events), named).get(0).children())
                .extracting(n -> n.name()).containsExactly("row-01", "row-02");
    }

    @Test
    void noPayloadSurvivesRichTextAsMarkup() throws Exception {
        FieldDefinition body = field("body", "richText", false);
        List<String> payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(payloads).hasSizeGreaterThan(1_000);
        for (String payload : payloads) {
            FormValues values = FormBinder.bind(List.of(body), Map.of("f.body", new String[] {payload}));
            Object stored = TypedValues.properties(List.of(body), values).get("body");
            SafeHtml.assertSafe(stored == null ? "" : stored.toString(), payload);
        }
    }
}
