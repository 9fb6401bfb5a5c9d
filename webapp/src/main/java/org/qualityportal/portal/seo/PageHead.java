package org.qualityportal.portal.seo;

/**
 * What the layout prints into a page's {@code <head>} for search engines and link previews: the
 * canonical link and the OpenGraph properties. All URLs are absolute.
 *
 * @param canonical   the page's URL without query string
 * @param type        OpenGraph type: {@code website} for site pages, {@code article} for items
 * @param title       the page's own title (without the site name)
 * @param description a short description, or empty when the content has none
 * @param siteName    the portal's name
 * @param locale      OpenGraph locale, {@code ru_RU}
 */
public record PageHead(String canonical, String type, String title, String description, String siteName,
                       String locale) {
}
