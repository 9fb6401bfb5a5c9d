package org.qualityportal.templating.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.site.SiteMap;

/** {@code navfn}: the top navigation and breadcrumbs of the current page. */
public final class NavigationFunctions {
    private final ContentView view;
    private final SiteMap site;
    private final String currentPath;

    public NavigationFunctions(ContentView view, SiteMap site, String currentPath) {
        this.view = view;
        this.site = site;
        this.currentPath = currentPath;
    }

    /** Sections: child pages of the home page not hidden from navigation, each marked when current. */
    public List<Map<String, Object>> sections() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Content page : view.children(SiteMap.SITE_ROOT)) {
            if (NodeKind.PAGE.equals(page.kind()) && !Boolean.TRUE.equals(page.properties().get("hideInNav"))) {
                boolean current = currentPath.equals(page.path()) || currentPath.startsWith(page.path() + "/")
                        || currentSectionTree().equals(page.name());
                result.add(item(page, current));
            }
        }
        return result;
    }

    /** From the home page to the parent of the current page; empty on the home page. */
    public List<Map<String, Object>> breadcrumbs() {
        List<Map<String, Object>> result = new ArrayList<>();
        if (currentPath.equals(SiteMap.SITE_ROOT)) {
            return result;
        }
        view.get(SiteMap.SITE_ROOT).ifPresent(home -> result.add(item(home, false)));
        if (site.isSitePage(currentPath)) {
            List<Map<String, Object>> middle = new ArrayList<>();
            for (String p = ContentPaths.parent(currentPath); ContentPaths.depth(p) > ContentPaths.depth(SiteMap.SITE_ROOT);
                 p = ContentPaths.parent(p)) {
                view.get(p).filter(c -> NodeKind.PAGE.equals(c.kind())).ifPresent(c -> middle.add(0, item(c, false)));
            }
            result.addAll(middle);
        } else {
            view.get(site.sectionOf(currentSectionTree())).ifPresent(section -> result.add(item(section, false)));
        }
        return result;
    }

    private String currentSectionTree() {
        return site.isSitePage(currentPath) ? "" : ContentPaths.tree(currentPath);
    }

    private Map<String, Object> item(Content page, boolean current) {
        Map<String, Object> item = new LinkedHashMap<>();
        Object nav = page.properties().get("navTitle");
        item.put("title", nav != null ? nav : page.properties().getOrDefault("title", page.name()));
        item.put("link", site.link(page));
        item.put("current", current);
        return item;
    }
}
