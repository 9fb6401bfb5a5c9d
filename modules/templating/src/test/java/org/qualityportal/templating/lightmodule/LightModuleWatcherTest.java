package org.qualityportal.templating.lightmodule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.templating.rendering.PageRenderer;

class LightModuleWatcherTest {
    /** Generous for slow shared machines: the test proves the edit is picked up, not how fast. */
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);

    @Test
    void anEditOnDiskIsPickedUpWhileRunning(@TempDir Path root) throws Exception {
        Path definition = root.resolve("site/templates/components/text.yaml");
        Files.createDirectories(definition.getParent());
        Files.writeString(definition, "title: Было\n");
        LightModuleRegistry registry = new LightModuleRegistry(root, PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();

        try (LightModuleWatcher watcher = new LightModuleWatcher(registry, Duration.ofMillis(200))) {
            Files.writeString(definition, "title: Стало\n");

            await().atMost(RELOAD_WAIT).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(registry.template("site:components/text").orElseThrow().title()).isEqualTo("Стало"));
        }
    }
}
