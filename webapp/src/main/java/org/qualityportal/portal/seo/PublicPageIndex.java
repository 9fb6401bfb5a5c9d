package org.qualityportal.portal.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.site.PublicPages;
import org.qualityportal.templating.rendering.PageRenderer;
import org.qualityportal.templating.site.SiteMap;
import org.springframework.stereotype.Component;

/**
 * Every page of the live tree that the public site serves: the site's pages under
 * {@link SiteMap#SITE_ROOT} and the items of the public trees. A node counts only when its own URL
 * leads back to it, so an item hidden behind a site page of the same URL is left out, exactly as
 * the site itself would serve it.
 */
@Component
class PublicPageIndex {
    /** Units that can hold pages or items further down; areas, components and assets never do. */
    private static final Set<String> CONTAINERS = Set.of(NodeKind.PAGE, NodeKind.FOLDER, NodeKind.ITEM);

    private final PublicPages pages;
    private final SiteMap site;

    PublicPageIndex(PublicPages pages, PageRenderer renderer) {
        this.pages = pages;
        this.site = renderer.site();
    }

    /** A public page: its URL path ({@code /documents/orders/2018-03-524}) and its live node. */
    record PublicPage(String link, Content content) {
    }

    /** Site pages in tree order first, then the items of each public tree in tree order. */
    List<PublicPage> all(ContentView live) {
        List<PublicPage> result = new ArrayList<>();
        live.get(SiteMap.SITE_ROOT).ifPresent(home -> collect(live, home, result));
        SiteMap.PUBLIC_TREES.stream().sorted().forEach(tree ->
                live.children("/" + tree).forEach(child -> collect(live, child, result)));
        return result;
    }

    private void collect(ContentView live, Content node, List<PublicPage> result) {
        if (!CONTAINERS.contains(node.kind())) {
            return;
        }
        String link = site.link(node);
        if (pages.resolve(live, link).filter(shown -> shown.path().equals(node.path())).isPresent()) {
            result.add(new PublicPage(link, node));
        }
        for (Content child : live.children(node.path())) {
            collect(live, child, result);
        }
    }
}
