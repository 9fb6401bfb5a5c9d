package org.qualityportal.portal.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} (sitemaps.org 0.9): every public page of the live tree with its last change. */
@Controller
class SitemapController {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final ContentStore store;
    private final PublicPageIndex index;
    private final BaseUrl baseUrl;

    SitemapController(ContentStore store, PublicPageIndex index, BaseUrl baseUrl) {
        this.store = store;
        this.index = index;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request) {
        String base = baseUrl.of(request);
        List<PublicPageIndex.PublicPage> pages;
        try (ContentSession live = store.open(Workspace.LIVE)) {
            pages = index.all(live);
        }
        byte[] body = XmlDocuments.write(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (PublicPageIndex.PublicPage page : pages) {
                xml.writeStartElement(NAMESPACE, "url");
                XmlDocuments.element(xml, "loc", base + page.link());
                Instant changed = lastChange(page.content());
                if (changed != null) {
                    XmlDocuments.element(xml, "lastmod", XmlDocuments.dateTime(changed));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    /** When the live version last changed: its publication, or (never published as such) its last edit. */
    static Instant lastChange(Content content) {
        return content.audit().lastPublished() != null ? content.audit().lastPublished()
                : content.audit().lastModified();
    }
}
