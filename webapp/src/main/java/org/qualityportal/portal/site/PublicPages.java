package org.qualityportal.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.rendering.PageRenderer;
import org.qualityportal.templating.rendering.RenderException;
import org.qualityportal.templating.site.SiteMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds the live node behind a URL and renders it; renders error pages the same way. */
@Component
public class PublicPages {
    private static final Logger LOG = LoggerFactory.getLogger(PublicPages.class);
    static final String ERROR_TEMPLATE = "portal:pages/error";

    private final ContentStore store;
    private final PageRenderer renderer;

    PublicPages(ContentStore store, PageRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    /** The rendered live page at {@code url}, or empty when there is no such page. */
    public Optional<String> render(String url, Map<String, String> parameters) {
        return render(url, parameters, Map.of());
    }

    /** As {@link #render(String, Map)}, with further values for the page script (reader settings). */
    public Optional<String> render(String url, Map<String, String> parameters, Map<String, Object> extras) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            for (String path : renderer.site().candidates(url)) {
                Optional<Content> node = live.get(path).filter(PublicPages::isRenderable);
                if (node.isPresent()) {
                    return Optional.of(renderer.renderPage(live, node.get(), url, parameters, extras));
                }
            }
            return Optional.empty();
        }
    }

    private static boolean isRenderable(Content content) {
        return content.template() != null
                && (NodeKind.PAGE.equals(content.kind()) || NodeKind.ITEM.equals(content.kind()));
    }

    /**
     * An error page in the site's layout. If even that fails (broken light modules, empty
     * repository) a plain built-in page is served, so an error never becomes a stack trace.
     */
    public String errorPage(int status, String url) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            return errorPage(live, status, url);
        }
    }

    private String errorPage(ContentSession live, int status, String url) {
        Content page = new Content(SiteMap.SITE_ROOT + "/error", "error", NodeKind.PAGE, ERROR_TEMPLATE, Map.of(),
                new Content.Audit(null, null, null, null, null));
        try {
            return renderer.renderPage(live, page, url == null ? "/" : url, Map.of(), Map.of("status", status));
        } catch (RenderException e) {
            LOG.error("The error page itself failed; serving the built-in one: {}", e.getMessage());
            return builtInErrorPage(status);
        }
    }

    private static String builtInErrorPage(int status) {
        try (InputStream in = PublicPages.class.getResourceAsStream("/fallback-error.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{status}}", String.valueOf(status));
        } catch (IOException | NullPointerException e) {
            return "Ошибка " + status;
        }
    }
}
