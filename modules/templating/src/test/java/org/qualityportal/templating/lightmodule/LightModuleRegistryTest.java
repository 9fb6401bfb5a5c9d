package org.qualityportal.templating.lightmodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.templating.definition.DefinitionProblem;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.definition.TemplateKind;
import org.qualityportal.templating.rendering.PageRenderer;

class LightModuleRegistryTest {
    @TempDir
    Path root;
    private LightModuleRegistry registry;
    private long tick = 1;

    @BeforeEach
    void setUp() throws IOException {
        write("site/templates/pages/general.yaml", """
                title: Общая
                areas:
                  main:
                    availableComponents: [text, other:components/quote]
                """);
        write("site/templates/pages/general.ftl", "<p>${content.title}</p>");
        write("site/templates/components/text.yaml", "title: Текст\nmodelClass: x.Y\n");
        write("site/contentTypes/news.yaml", """
                label: Новость
                fields:
                  title: {type: text, required: true}
                  date: {type: date}
                """);
        write("site/i18n/messages_ru.properties", "hello=Здравствуйте\n");
        write("site/webresources/css/site.css", "body { color: black; }");
        registry = new LightModuleRegistry(root, PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();
    }

    /** Writes a file with a modification time that always moves forward, as an editor would. */
    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(tick++)));
    }

    @Test
    void readsDefinitionsWithMagnoliaIds() {
        TemplateDefinition page = registry.template("site:pages/general").orElseThrow();
        assertThat(page.kind()).isEqualTo(TemplateKind.PAGE);
        assertThat(page.script()).isEqualTo("site/templates/pages/general.ftl");
        assertThat(page.areas().get("main").availableComponents())
                .containsExactly("site:components/text", "other:components/quote");
        assertThat(registry.template("site:components/text").orElseThrow().modelClass()).isEqualTo("x.Y");
        assertThat(registry.contentType("news").orElseThrow().field("title").orElseThrow().required()).isTrue();
        assertThat(registry.messages("ru")).containsEntry("hello", "Здравствуйте");
        assertThat(registry.fingerprint("site", "css/site.css")).get().asString().hasSize(10);
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void aBrokenYamlFileIsReportedAndTheLastGoodDefinitionStays() throws IOException {
        write("site/templates/pages/general.yaml", "title: [unclosed\n  areas: {");

        assertThat(registry.refresh()).isTrue();

        assertThat(registry.template("site:pages/general").orElseThrow().title()).isEqualTo("Общая");
        assertThat(registry.problems()).extracting(DefinitionProblem::file)
                .containsExactly("site/templates/pages/general.yaml");

        write("site/templates/pages/general.yaml", "title: Исправлено\n");
        registry.refresh();

        assertThat(registry.template("site:pages/general").orElseThrow().title()).isEqualTo("Исправлено");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void aScriptThatDoesNotParseKeepsItsLastGoodSource() throws IOException {
        long before = registry.script("site/templates/pages/general.ftl").orElseThrow().version();
        write("site/templates/pages/general.ftl", "[#if content.title]<p>unclosed");

        registry.refresh();

        Script script = registry.script("site/templates/pages/general.ftl").orElseThrow();
        assertThat(script.text()).isEqualTo("<p>${content.title}</p>");
        assertThat(script.version()).isEqualTo(before);
        assertThat(registry.problems()).singleElement().extracting(DefinitionProblem::message).asString()
                .isNotBlank();
    }

    @Test
    void aChangedScriptGetsANewVersionAndAChangedResourceANewFingerprint() throws IOException {
        long before = registry.script("site/templates/pages/general.ftl").orElseThrow().version();
        String fingerprint = registry.fingerprint("site", "css/site.css").orElseThrow();
        write("site/templates/pages/general.ftl", "<p>новое</p>");
        write("site/webresources/css/site.css", "body { color: navy; }");

        registry.refresh();

        assertThat(registry.script("site/templates/pages/general.ftl").orElseThrow().version()).isGreaterThan(before);
        assertThat(registry.fingerprint("site", "css/site.css")).get().isNotEqualTo(fingerprint);
    }

    @Test
    void aDeletedFileTakesItsDefinitionWithIt() throws IOException {
        Files.delete(root.resolve("site/templates/components/text.yaml"));

        assertThat(registry.refresh()).isTrue();

        assertThat(registry.template("site:components/text")).isEmpty();
        assertThat(registry.refresh()).isFalse();
    }

    @Test
    void wrongTypesInADefinitionAreProblemsNotCrashes() throws IOException {
        write("site/contentTypes/news.yaml", "fields:\n  title: {required: maybe}\n");

        registry.refresh();

        assertThat(registry.problems()).singleElement().extracting(DefinitionProblem::message).asString()
                .contains("required must be true or false");
        assertThat(registry.contentType("news").orElseThrow().field("date")).isPresent();
    }
}
