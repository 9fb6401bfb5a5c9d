package org.qualityportal.templating.lightmodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.rendering.PageRenderer;

/** The project's own light modules: message bundles in sync, and every select option worded. */
class ProjectLightModulesTest {
    private static LightModuleRegistry registry;

    @BeforeAll
    static void load() {
        registry = new LightModuleRegistry(Path.of("../../light-modules"), PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();
    }

    @Test
    void russianAndEnglishMessagesHaveTheSameKeys() {
        assertThat(registry.messages("ru")).isNotEmpty();
        assertThat(registry.messages("en").keySet()).containsExactlyInAnyOrderElementsOf(registry.messages("ru").keySet());
    }

    @Test
    void everySelectOptionOfEveryContentTypeHasARussianLabel() {
        Map<String, String> ru = registry.messages("ru");
        List<String> missing = new ArrayList<>();
        for (ContentTypeDefinition type : registry.contentTypes()) {
            collect(type.name(), type.fields(), ru, missing);
        }
        assertThat(registry.contentTypes()).extracting(ContentTypeDefinition::name)
                .contains("document", "news", "mechanism", "conference", "material", "practice", "municipality");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyContentTypeNamesATemplateThatExists() {
        for (ContentTypeDefinition type : registry.contentTypes()) {
            if (type.template() != null) {
                assertThat(registry.template(type.template())).as(type.name() + " → " + type.template()).isPresent();
            }
        }
    }

    private static void collect(String type, List<FieldDefinition> fields, Map<String, String> ru, List<String> missing) {
        for (FieldDefinition field : fields) {
            for (String option : field.options()) {
                String key = type + "." + field.name() + "." + option;
                if (!ru.containsKey(key)) {
                    missing.add(key);
                }
            }
            collect(type, field.fields(), ru, missing);
        }
    }
}
