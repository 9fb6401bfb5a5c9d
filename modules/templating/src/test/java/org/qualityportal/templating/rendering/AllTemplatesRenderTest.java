package org.qualityportal.templating.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.templating.definition.AreaDefinition;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.definition.TemplateKind;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;

/**
 * Renders every page and component template of the core's light module ({@code portal}) with fixture
 * content, with component errors shown, so a template that fails or misses a message shows up here.
 */
class AllTemplatesRenderTest {
    static final Path LIGHT_MODULES = Path.of("../../light-modules");
    static final String NEWS = "/news/fixture-news";
    static final String ASSET = "/dam/fixture/file";

    /** What each component must print with the fixture properties; components not listed must just render. */
    static final Map<String, String> EXPECTED = Map.of(
            "portal:components/archive", "Новость фикстуры",
            "portal:components/schedule", "Новость фикстуры",
            "portal:components/practiceFinder", "Новость фикстуры",
            "portal:components/text", "Текст фикстуры",
            "portal:components/teaser", "Заголовок фикстуры",
            "portal:components/childPages", "Дочерняя страница",
            "portal:components/itemList", "Новость фикстуры",
            "portal:components/attachments", "Файл фикстуры",
            "portal:components/searchResults", "Что найти");

    /** Models as the portal makes them: the context first, then services (here a search over an empty index). */
    static final ModelFactory MODELS = (className, context) -> {
        Class<?> type = Class.forName(className);
        for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 2 && parameters[1] == org.qualityportal.search.SearchService.class) {
                return constructor.newInstance(context, new org.qualityportal.search.SearchService(
                        org.qualityportal.search.SearchIndex.create(new org.apache.lucene.store.ByteBuffersDirectory()),
                        org.qualityportal.search.Synonyms.defaults()));
            }
        }
        return ModelFactory.REFLECTIVE.create(className, context);
    };

    static LightModuleRegistry registry;
    static OakContentStore store;
    static PageRenderer renderer;

    @BeforeAll
    static void setUp() {
        registry = new LightModuleRegistry(LIGHT_MODULES, PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();
        renderer = new PageRenderer(registry, MODELS, true);
        store = OakContentStore.inMemory();
        publish("/website/home", page("portal:pages/home", "Главная фикстуры"));
        publish(NEWS, new NodeData("fixture-news", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.TEMPLATE, "portal:pages/news", "title", "Новость фикстуры", "date", "2021-02-11"),
                List.of()));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        publish(ASSET, NodeData.of("file", Map.of(ContentProperties.TYPE, NodeKind.ASSET, "title", "Файл фикстуры",
                "file", new BinaryValue("файл.pdf", "application/pdf", pdf.length, "x",
                        () -> new java.io.ByteArrayInputStream(pdf)))));
    }

    @AfterAll
    static void tearDown() {
        store.close();
    }

    static Stream<String> pageTemplates() {
        return ids(TemplateKind.PAGE);
    }

    static Stream<String> componentTemplates() {
        return ids(TemplateKind.COMPONENT);
    }

    /**
     * The core's own templates. A module's templates need its models and services, which this module
     * does not have: each module renders its own in its own test (the discussions module does).
     */
    private static Stream<String> ids(TemplateKind kind) {
        return registry.templates().stream().filter(t -> t.kind() == kind).map(TemplateDefinition::id)
                .filter(id -> id.startsWith("portal:")).sorted();
    }

    @Test
    void theProjectsLightModulesHaveNoProblems() {
        assertThat(registry.problems()).isEmpty();
        assertThat(pageTemplates()).contains("portal:pages/home", "portal:pages/general", "portal:pages/error");
    }

    @ParameterizedTest
    @MethodSource("pageTemplates")
    void everyPageTemplateRendersWithEveryComponentItAllows(String id) {
        TemplateDefinition definition = registry.template(id).orElseThrow();
        String path = "/website/home/page-" + definition.id().replaceAll("[^a-z0-9]", "-");
        NodeData page = page(id, "Страница фикстуры");
        for (AreaDefinition area : definition.areas().values()) {
            NodeData areaNode = NodeData.of(area.name(), Map.of(ContentProperties.TYPE, NodeKind.AREA));
            int i = 0;
            for (String component : area.availableComponents()) {
                areaNode = areaNode.withChild(component("c" + i++, component));
            }
            page = page.withChild(areaNode);
        }
        publish(path, page);
        publish(path + "/child", page("portal:pages/general", "Дочерняя страница"));

        String html = render(path);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\">").endsWith("</html>\n");
        assertThat(html).doesNotContain("render-error").doesNotContain("???");
        for (AreaDefinition area : definition.areas().values()) {
            area.availableComponents().stream().map(EXPECTED::get).filter(java.util.Objects::nonNull)
                    .forEach(expected -> assertThat(html).contains(expected));
        }
    }

    @ParameterizedTest
    @MethodSource("componentTemplates")
    void everyComponentTemplateRenders(String id) {
        String path = "/website/home/component-" + id.replaceAll("[^a-z0-9A-Z]", "-").toLowerCase();
        publish(path, page("portal:pages/general", "Страница компонента")
                .withChild(new NodeData("main", Map.of(ContentProperties.TYPE, NodeKind.AREA),
                        List.of(component("only", id)))));
        publish(path + "/child", page("portal:pages/general", "Дочерняя страница"));

        String html = render(path);

        assertThat(html).doesNotContain("render-error").doesNotContain("???");
        assertThat(html).contains(EXPECTED.getOrDefault(id, "</main>"));
    }

    @Test
    void aFailingComponentIsLeftOutForThePublicAndTheRestOfThePageRenders() {
        String path = "/website/home/broken-component";
        publish(path, page("portal:pages/general", "Страница со сбоем")
                .withChild(new NodeData("main", Map.of(ContentProperties.TYPE, NodeKind.AREA), List.of(
                        component("missing", "portal:components/does-not-exist"),
                        component("fine", "portal:components/text")))));
        PageRenderer production = new PageRenderer(registry, MODELS, false);
        Content content = store.view(Workspace.LIVE).get(path).orElseThrow();

        String publicHtml = production.renderPage(store.view(Workspace.LIVE), content, "/broken-component", Map.of(), Map.of());
        String previewHtml = render(path);

        assertThat(publicHtml).contains("Текст фикстуры").doesNotContain("render-error");
        assertThat(previewHtml).contains("Текст фикстуры").contains("render-error")
                .contains("portal:components/does-not-exist");
    }

    private static String render(String path) {
        Content content = store.view(Workspace.LIVE).get(path).orElseThrow();
        Map<String, Object> extras = content.template().equals("portal:pages/error") ? Map.of("status", 404) : Map.of();
        return renderer.renderPage(store.view(Workspace.LIVE), content, renderer.site().link(path), Map.of(), extras);
    }

    private static NodeData page(String template, String title) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ContentProperties.TYPE, NodeKind.PAGE);
        props.put(ContentProperties.TEMPLATE, template);
        props.put("title", title);
        props.put("description", "Описание фикстуры");
        props.put("date", "2021-02-11");
        props.put("lead", "Анонс фикстуры");
        props.put("body", "<p>Текст фикстуры</p>");
        props.put("kind", "order");
        props.put("status", "approved");
        props.put("number", "01/001");
        props.put("attachments", List.of(ASSET));
        return new NodeData("page", props, List.of());
    }

    private static NodeData component(String name, String template) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ContentProperties.TYPE, NodeKind.COMPONENT);
        props.put(ContentProperties.TEMPLATE, template);
        props.put("heading", "Заголовок фикстуры");
        props.put("text", "<p>Текст фикстуры</p>");
        props.put("link", NEWS);
        props.put("root", "/news");
        props.put("limit", 5);
        props.put("assets", List.of(ASSET));
        return NodeData.of(name, props);
    }

    private static void publish(String path, NodeData data) {
        store.writer().upsert(path, data);
        store.publisher().publish(path, "test");
    }
}
