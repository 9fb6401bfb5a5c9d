package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PublicSiteHttpTest extends PortalIntegrationTest {
    /**
     * How long a test waits for a light-module edit to show. The reload itself is polled every
     * 200 ms here; the margin is for slow, shared CI machines (latency is measured, not asserted).
     */
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/\\.resources/portal/webresources/css/portal\\.[0-9a-f]{10}\\.css)\"");

    @Autowired
    ContentStore store;
    @Autowired
    LightModuleRegistry registry;

    @Test
    void theHomePageShowsTheSeedContent() {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).get().asString().startsWith("text/html").contains("UTF-8");
        assertThat(home.body()).contains("<html lang=\"ru\">", "Портал оценки качества образования",
                "Перейти к содержанию", "href=\"/documents\"", "href=\"/news\"");
    }

    @Test
    void theOrderPageCarriesItsFacts() {
        HttpResponse<String> order = get("/documents/orders/2018-03-524");

        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).contains("№ 03/524", "28 февраля 2018 г.", "Е.А. Коузова",
                "Министерство образования и науки Челябинской области", "Дорожн");
    }

    @Test
    void theNewsArticleOfTheSeminarIsPublished() {
        HttpResponse<String> news = get("/news/2021/seminar-2021-02-11");

        assertThat(news.statusCode()).isEqualTo(200);
        assertThat(news.body()).contains("11 февраля 2021 г.", "381", "43");
    }

    @Test
    void anUnknownPageIsARussian404WithoutInternals() {
        HttpResponse<String> missing = get("/no/such/page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Страница не найдена", "<html lang=\"ru\">")
                .doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void aPathTheServerRefusesOutrightStillGetsARussianPage() {
        for (String path : new String[] {"/news/%00", "/%2e%2e/%2e%2e/etc/passwd"}) {
            HttpResponse<String> refused = get(path);

            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).contains("<html lang=\"ru\">", "Ошибка 400")
                    .doesNotContain("Apache Tomcat", "Exception");
        }
    }

    @Test
    void aPostToAPageIsRefusedWithAReadablePage() {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .header("Content-Type", "application/x-www-form-urlencoded").build());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("Действие не поддерживается").doesNotContain("Exception");
    }

    @Test
    void draftsNeverReachThePublicSite() {
        store.writer().upsert("/news/2021/draft-only", org.qualityportal.content.NodeData.of("draft-only",
                java.util.Map.of("qp:type", "item", "qp:template", "portal:pages/news", "title", "Черновик")));

        assertThat(get("/news/2021/draft-only").statusCode()).isEqualTo(404);
    }

    @Test
    void webResourcesWithTheCurrentFingerprintAreCachedForAYear() {
        Matcher m = STYLESHEET.matcher(get("/").body());
        assertThat(m.find()).isTrue();

        HttpResponse<String> css = get(m.group(1));
        HttpResponse<String> plain = get("/.resources/portal/webresources/css/portal.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
        assertThat(plain.body()).isEqualTo(css.body());
    }

    @Test
    void nothingOutsideWebResourcesCanBeRead() {
        for (String path : new String[] {"/.resources/portal/webresources/%2e%2e/module.yaml",
                "/.resources/portal/templates/pages/home.ftl", "/.resources/portal/webresources/nope.css"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("[#import", "description: The public site");
        }
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> home = get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void theFirstAdminHasTheConfiguredPasswordStoredAsABcryptHash() {
        String hash = store.view(Workspace.AUTHOR).get("/users/admin").orElseThrow().string("passwordHash");

        assertThat(hash).startsWith("$2");
        assertThat(new BCryptPasswordEncoder().matches(ADMIN_PASSWORD, hash)).isTrue();
        assertThat(get("/users/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditedScriptChangesThePageWithoutARestart() throws IOException {
        Path script = LIGHT_MODULES.resolve("portal/templates/pages/home.ftl");
        String original = Files.readString(script);
        try {
            replace(script, original.replace("<div class=\"home\">", "<div class=\"home\"><p>Свежая правка</p>"));

            await().atMost(RELOAD_WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> get("/").body().contains("Свежая правка"));
        } finally {
            replace(script, original);
        }
        await().atMost(RELOAD_WAIT).until(() -> !get("/").body().contains("Свежая правка"));
    }

    @Test
    void brokenDefinitionsAreReportedAndTheSiteKeepsServing() throws IOException {
        Path yaml = LIGHT_MODULES.resolve("portal/templates/pages/general.yaml");
        Path ftl = LIGHT_MODULES.resolve("portal/templates/pages/general.ftl");
        String yamlBefore = Files.readString(yaml);
        String ftlBefore = Files.readString(ftl);
        try {
            replace(yaml, "areas: [unclosed\n  main: {");
            replace(ftl, "[#if content.title]<h1>never closed");

            await().atMost(RELOAD_WAIT).until(() -> registry.problems().size() == 2);
            HttpResponse<String> section = get("/documents");

            assertThat(section.statusCode()).isEqualTo(200);
            assertThat(section.body()).contains("Документы", "</html>");
        } finally {
            replace(yaml, yamlBefore);
            replace(ftl, ftlBefore);
        }
        await().atMost(RELOAD_WAIT).until(() -> registry.problems().isEmpty());
    }

    /**
     * Replaces a light-module file in one step, as a deployment does; a plain write truncates the
     * file first, and a reload caught in between would see an empty template.
     */
    private static void replace(Path file, String text) throws java.io.IOException {
        Path next = Files.createTempFile("light-module-edit", ".tmp");
        Files.writeString(next, text);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
