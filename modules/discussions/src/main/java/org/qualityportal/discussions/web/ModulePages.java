package org.qualityportal.discussions.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.Accounts;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Renders the module's pages: a page template of the {@code discussions} light module, in the site's
 * layout, with the values the module's controller computed. Every page also gets {@code account} (who is
 * signed in, the module's links for them, the sign-out form) and {@code csrf} (the hidden field of every form).
 */
@Component
public class ModulePages {
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    /** Where the module's synthetic pages sit in the site: under the experts section, for breadcrumbs and navigation. */
    private static final String SECTION = "/website/home/experts";

    private final PageRenderer renderer;
    private final ContentStore store;
    private final Accounts accounts;

    ModulePages(PageRenderer renderer, ContentStore store, Accounts accounts) {
        this.renderer = renderer;
        this.store = store;
        this.accounts = accounts;
    }

    /** The page {@code discussions:pages/<template>} with {@code values}, answered with {@code status}. */
    public ResponseEntity<String> render(HttpServletRequest request, HttpStatus status, String template, String title,
                                         Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("pageTitle", title);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            all.put("csrf", Map.of("name", csrf.getParameterName(), "token", csrf.getToken()));
        }
        all.put("account", account(Viewer.current(), csrf));
        String url = request.getRequestURI().substring(request.getContextPath().length());
        Content page = new Content(SECTION + "/" + template, template, NodeKind.PAGE, "discussions:pages/" + template,
                Map.of("title", title), new Content.Audit(null, null, null, null, null));
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, v.length > 0 ? v[0] : ""));
        try (ContentSession live = store.open(Workspace.LIVE)) {
            String html = renderer.renderPage(live, page, url, parameters, all);
            return ResponseEntity.status(status).contentType(HTML).header("Cache-Control", "no-store").body(html);
        }
    }

    public ResponseEntity<String> render(HttpServletRequest request, String template, String title, Map<String, ?> values) {
        return render(request, HttpStatus.OK, template, title, values);
    }

    /** What the header shows a signed-in user: their name and the module's places open to them. */
    private Map<String, Object> account(Viewer viewer, CsrfToken csrf) {
        if (!viewer.signedIn()) {
            return Map.of("signedIn", false);
        }
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("title", "Обсуждения", "href", "/discussions"));
        if (viewer.moderator()) {
            links.add(Map.of("title", "Модерация", "href", "/moderation"));
        }
        if (viewer.editor()) {
            links.add(Map.of("title", "Управление обсуждениями", "href", "/discussions/manage"));
        }
        links.add(Map.of("title", "Уведомления", "href", "/mail/settings"));
        String name = accounts.find(viewer.login()).map(a -> a.displayName()).orElse(viewer.login());
        return Map.of("signedIn", true, "name", name, "links", links);
    }
}
