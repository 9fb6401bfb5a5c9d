package org.qualityportal.portal.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /feed.atom}: an Atom 1.0 (RFC 4287) feed of the latest live news and documents. */
@Controller
class FeedController {
    static final String PATH = "/feed.atom";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_TYPE = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final ContentStore store;
    private final NewsFeed feed;
    private final LightModuleRegistry registry;
    private final BaseUrl baseUrl;

    FeedController(ContentStore store, NewsFeed feed, LightModuleRegistry registry, BaseUrl baseUrl) {
        this.store = store;
        this.feed = feed;
        this.registry = registry;
        this.baseUrl = baseUrl;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> feed(HttpServletRequest request) {
        String base = baseUrl.of(request);
        List<FeedEntry> entries;
        try (ContentSession live = store.open(Workspace.LIVE)) {
            entries = feed.latest(live, base);
        }
        Map<String, String> messages = registry.messages(PageHeads.LANGUAGE);
        Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        byte[] body = XmlDocuments.write(xml -> {
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", PageHeads.LANGUAGE);
            XmlDocuments.element(xml, "id", base + PATH);
            XmlDocuments.element(xml, "title", messages.getOrDefault("feed.title", ""));
            XmlDocuments.element(xml, "updated", XmlDocuments.dateTime(updated));
            link(xml, "self", "application/atom+xml", base + PATH);
            link(xml, "alternate", "text/html", base + "/");
            xml.writeStartElement("author");
            XmlDocuments.element(xml, "name", messages.getOrDefault("site.organisation", ""));
            XmlDocuments.element(xml, "uri", base + "/");
            xml.writeEndElement();
            for (FeedEntry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
        });
        return ResponseEntity.ok().contentType(ATOM_TYPE).body(body);
    }

    private static void entry(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        XmlDocuments.element(xml, "id", entry.id());
        XmlDocuments.element(xml, "title", entry.title());
        XmlDocuments.element(xml, "updated", XmlDocuments.dateTime(entry.updated()));
        if (entry.published() != null) {
            XmlDocuments.element(xml, "published", XmlDocuments.dateTime(entry.published()));
        }
        link(xml, "alternate", "text/html", entry.link());
        XmlDocuments.element(xml, "summary", entry.summary());
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
