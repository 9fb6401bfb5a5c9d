package org.qualityportal.discussions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.Content;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.ModelFactory;
import org.qualityportal.templating.rendering.PageRenderer;

/**
 * The mail pages' templates with the values the controller passes, rendered the way the module's pages
 * are (the lead's HTTP tests cover the controller itself): labelled radios in a fieldset, the CSRF field,
 * and a login from a link printed escaped.
 */
class MailPagesTest {
    private static final Map<String, String> CSRF = Map.of("name", "_csrf", "token", "csrf-token-value");

    private static OakContentStore store;
    private static PageRenderer renderer;

    @BeforeAll
    static void setUp() {
        LightModuleRegistry registry = new LightModuleRegistry(Path.of("../../light-modules"),
                PageRenderer.scriptChecker(), Clock.systemUTC());
        registry.refresh();
        renderer = new PageRenderer(registry, ModelFactory.REFLECTIVE, true);
        store = OakContentStore.inMemory();
    }

    @AfterAll
    static void tearDown() {
        store.close();
    }

    @Test
    void theSettingsPageOffersEveryModeAsALabelledRadioWithTheCurrentOneChecked() {
        List<Map<String, Object>> modes = List.of(
                Map.of("value", "IMMEDIATE", "id", "mail-mode-immediate", "label", "Сразу", "hint", "Отдельно.", "checked", false),
                Map.of("value", "DIGEST", "id", "mail-mode-digest", "label", "Раз в день", "hint", "Дайджест.", "checked", true));

        String html = render("mail-settings", Map.of("pageTitle", "Уведомления", "modes", modes, "saved", true,
                "savedLabel", "Раз в день", "error", "", "email", "ivanova@example.ru", "mailOn", false, "csrf", CSRF));

        assertThat(html).contains("<fieldset").contains("<legend>")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-token-value\">")
                .contains("<label for=\"mail-mode-immediate\">Сразу</label>")
                .contains("id=\"mail-mode-digest\" value=\"DIGEST\" aria-describedby=\"mail-mode-digest-hint\" checked>")
                .contains("Настройки сохранены: раз в день.")
                .contains("ivanova@example.ru")
                .contains("Сейчас портал не рассылает письма");
    }

    @Test
    void theUnsubscribePageAsksFirstThenConfirmsAndEscapesTheLogin() {
        String confirm = render("mail-unsubscribe", Map.of("pageTitle", "Отписка от уведомлений", "state", "confirm",
                "login", "<script>alert(1)</script>", "token", "abc", "csrf", CSRF));
        String done = render("mail-unsubscribe", Map.of("pageTitle", "Вы отписались от уведомлений", "state", "done",
                "login", "ivanova", "token", "abc", "csrf", CSRF));
        String invalid = render("mail-unsubscribe", Map.of("pageTitle", "Ссылка недействительна", "state", "invalid",
                "login", "", "token", "", "csrf", CSRF));

        assertThat(confirm).contains("<button type=\"submit\" class=\"button\">Отписаться от уведомлений</button>")
                .contains("name=\"_csrf\"").contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(1)");
        assertThat(done).contains("<h1 class=\"page-title\">Вы отписались от уведомлений</h1>").doesNotContain("<form method=\"post\" action=\"/mail/unsubscribe\"");
        assertThat(invalid).contains("Ссылка для отписки повреждена или устарела");
    }

    private static String render(String template, Map<String, Object> values) {
        Content page = new Content("/website/home/experts/" + template, template, NodeKind.PAGE,
                "discussions:pages/" + template, Map.of("title", values.get("pageTitle")),
                new Content.Audit(null, null, null, null, null));
        return renderer.renderPage(store.view(Workspace.LIVE), page, "/mail/x", Map.of(), values);
    }
}
