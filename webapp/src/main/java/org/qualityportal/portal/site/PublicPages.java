package org.qualityportal.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.seo.PageHeads;
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
    private final PageHeads heads;

    PublicPages(ContentStore store, PageRenderer renderer, PageHeads heads) {
        this.store = store;
        this.renderer = renderer;
        this.heads = heads;
    }

    /**
     * The rendered live page at {@code url}, or empty when there is no such page.
     *
     * @param baseUrl the site's public address, for the canonical and OpenGraph links of the page
     * @param extras  further values for the page script (the reader's settings)
     */
    public Optional<String> render(String url, Map<String, String> parameters, String baseUrl,
                                   Map<String, Object> extras) {
        try (ContentSession live = store.open(Workspace.LIVE)) {
            return resolve(live, url).map(page -> {
                Map<String, Object> values = new HashMap<>(extras);
                values.put(PageHeads.MODEL_NAME, heads.of(page, baseUrl));
                return renderer.renderPage(live, page, url, parameters, values);
            });
        }
    }

    /**
     * The author version of a page or item rendered as the public would see it once published: the
     * editor's preview. Empty when there is nothing renderable at {@code path}.
     */
    public Optional<String> preview(String path, String baseUrl) {
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            return author.get(path).filter(PublicPages::isRenderable).map(page -> {
                Map<String, Object> values = new HashMap<>();
                values.put(PageHeads.MODEL_NAME, heads.of(page, baseUrl));
                return renderer.renderPage(author, page, renderer.site().link(path), Map.of(), values);
            });
        }
    }

    /** The node a URL shows: the first renderable one of the site map's candidates. */
    public Optional<Content> resolve(ContentView live, String url) {
        for (String path : renderer.site().candidates(url)) {
            Optional<Content> node = live.get(path).filter(PublicPages::isRenderable);
            if (node.isPresent()) {
                return node;
            }
        }
        return Optional.empty();
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
