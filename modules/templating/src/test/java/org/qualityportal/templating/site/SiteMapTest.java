package org.qualityportal.templating.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityportal.templating.rendering.WebResourcePaths;

class SiteMapTest {
    private final SiteMap site = new SiteMap();

    @Test
    void urlsMapToSitePagesFirstThenToItemsOfPublicTrees() {
        assertThat(site.candidates("/")).containsExactly("/website/home");
        assertThat(site.candidates("/documents")).containsExactly("/website/home/documents");
        assertThat(site.candidates("/news/2021/seminar")).containsExactly("/website/home/news/2021/seminar", "/news/2021/seminar");
        assertThat(site.candidates("/users/admin")).containsExactly("/website/home/users/admin");
        assertThat(site.candidates("/about/")).containsExactly("/website/home/about");
    }

    @Test
    void linksAreTheInverse() {
        assertThat(site.link("/website/home")).isEqualTo("/");
        assertThat(site.link("/website/home/documents")).isEqualTo("/documents");
        assertThat(site.link("/news/2021/seminar")).isEqualTo("/news/2021/seminar");
    }

    @Test
    void fingerprintsGoBeforeTheExtension() {
        assertThat(WebResourcePaths.withFingerprint("css/portal.css", "0123456789")).isEqualTo("css/portal.0123456789.css");
        assertThat(WebResourcePaths.parse("css/portal.0123456789.css").path()).isEqualTo("css/portal.css");
        assertThat(WebResourcePaths.parse("css/portal.0123456789.css").fingerprint()).contains("0123456789");
        assertThat(WebResourcePaths.parse("css/portal.css").fingerprint()).isEmpty();
    }
}
