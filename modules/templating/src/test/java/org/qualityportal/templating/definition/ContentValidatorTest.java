package org.qualityportal.templating.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.content.transfer.ContentImporter;
import org.qualityportal.content.transfer.ImportProgress;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.PageRenderer;

/** The content types validate items: every seed item conforms, and faulty values are named in Russian. */
class ContentValidatorTest {
    static final Path LIGHT_MODULES = Path.of("../../light-modules");
    static final Path SEED = Path.of("../../content-import");

    private final LightModuleRegistry registry = registry();

    private static LightModuleRegistry registry() {
        LightModuleRegistry registry = new LightModuleRegistry(LIGHT_MODULES, PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();
        return registry;
    }

    @Test
    void everySeedItemConformsToItsContentType() throws Exception {
        try (OakContentStore store = OakContentStore.inMemory()) {
            new ContentImporter(store).importDirectory(SEED, false, ImportProgress.NONE);
            ContentView view = store.view(Workspace.AUTHOR);
            Map<String, List<ContentValidator.Problem>> problems = new LinkedHashMap<>();
            int checked = 0;
            for (Content item : items(view)) {
                ContentTypeDefinition type = registry.contentType(item.contentType()).orElse(null);
                assertThat(type).as("content type of " + item.path()).isNotNull();
                List<ContentValidator.Problem> found = ContentValidator.validate(type, item.properties(),
                        field -> view.children(item.path() + "/" + field).stream().map(Content::properties).toList());
                if (!found.isEmpty()) {
                    problems.put(item.path(), found);
                }
                checked++;
            }

            assertThat(checked).isGreaterThan(80);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void faultyValuesAreReportedPerFieldInRussian() {
        ContentTypeDefinition document = registry.contentType("document").orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "memo");
        values.put("date", "28.02.2018");
        values.put("number", List.of("1", "2"));
        List<Map<String, Object>> events = List.of(Map.of("number", "первое"));

        List<ContentValidator.Problem> problems = ContentValidator.validate(document, values,
                field -> field.equals("events") ? events : List.of());

        assertThat(problems).extracting(ContentValidator.Problem::field)
                .contains("title", "kind", "date", "number", "events[1].number");
        assertThat(problems).filteredOn(p -> p.field().equals("title")).first()
                .satisfies(p -> assertThat(p.message()).startsWith("Заполните поле «"));
        assertThat(problems).filteredOn(p -> p.field().equals("date")).first()
                .satisfies(p -> assertThat(p.message()).contains("ГГГГ-ММ-ДД", "28.02.2018"));
        assertThat(problems).filteredOn(p -> p.field().equals("kind")).first()
                .satisfies(p -> assertThat(p.message()).contains("memo"));
    }

    private static List<Content> items(ContentView view) {
        List<Content> found = new ArrayList<>();
        for (String tree : ContentStore.TREES) {
            collect(view, "/" + tree, found);
        }
        return found;
    }

    private static void collect(ContentView view, String path, List<Content> found) {
        for (Content child : view.children(path)) {
            if (child.contentType() != null && (NodeKind.ITEM.equals(child.kind()) || NodeKind.ASSET.equals(child.kind()))) {
                found.add(child);
            }
            if (NodeKind.FOLDER.equals(child.kind()) || NodeKind.PAGE.equals(child.kind())) {
                collect(view, child.path(), found);
            }
        }
    }
}
