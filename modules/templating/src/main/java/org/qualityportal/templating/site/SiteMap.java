package org.qualityportal.templating.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;

/**
 * Public URLs and content paths. The site's pages live under {@link #SITE_ROOT}: {@code /} is the
 * home page and {@code /documents} its child page. Items of the public trees keep their content
 * path as URL ({@code /news/2021/seminar}), so a section page and its items share one URL space.
 */
public final class SiteMap {
    public static final String SITE_ROOT = "/website/home";
    /** Trees whose items have pages of their own on the public site. */
    public static final Set<String> PUBLIC_TREES = Set.of(
            "documents", "mechanisms", "conferences", "practices", "municipalities", "news", "journal", "dam");

    /** Content paths a URL may stand for, in the order they are tried. */
    public List<String> candidates(String url) {
        String clean = url == null || url.isEmpty() || url.equals("/") ? "" : stripTrailingSlash(url);
        List<String> result = new ArrayList<>();
        result.add(SITE_ROOT + clean);
        if (!clean.isEmpty() && PUBLIC_TREES.contains(ContentPaths.tree(clean)) && ContentPaths.depth(clean) >= 2) {
            result.add(clean);
        }
        return result;
    }

    public String link(Content content) {
        return link(content.path());
    }

    public String link(String path) {
        if (path.equals(SITE_ROOT)) {
            return "/";
        }
        if (path.startsWith(SITE_ROOT + "/")) {
            return path.substring(SITE_ROOT.length());
        }
        return path;
    }

    /** The page of the site section that lists items of {@code tree}, e.g. {@code /website/home/news}. */
    public String sectionOf(String tree) {
        return SITE_ROOT + "/" + tree;
    }

    public boolean isSitePage(String path) {
        return path.equals(SITE_ROOT) || path.startsWith(SITE_ROOT + "/");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
