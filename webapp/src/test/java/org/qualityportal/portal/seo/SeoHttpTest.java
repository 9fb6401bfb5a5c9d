package org.qualityportal.portal.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The sitemap, the Atom feed, robots.txt and the canonical / OpenGraph head of pages, over HTTP. */
class SeoHttpTest extends PortalIntegrationTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** The shared payload list, one payload a line (the same file the sanitizer test reads). */
    private static final Path PAYLOADS = Path.of("../../shared/testdata/xss-payloads.txt");
    private static final String ORDER = "/documents/orders/2018-03-524";
    private static final String SEMINAR = "/news/2021/seminar-2021-02-11";
    private static final String SEMINAR_TITLE = "Образовательная агломерация определила планы на 2021 год";

    @Autowired
    ContentStore store;

    @Test
    void theSitemapIsValidAndListsSitePagesAndItems() throws Exception {
        HttpResponse<String> response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/xml").containsIgnoringCase("UTF-8");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/sitemap-0.9.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(response.body())));
        Map<String, String> lastmods = sitemap(response.body());
        assertThat(lastmods).containsKeys(url("/"), url("/documents"), url("/news"), url(ORDER), url(SEMINAR));
        assertThat(lastmods.keySet()).allSatisfy(loc -> assertThat(loc).startsWith(url("/")));
        assertThat(lastmods.values()).allSatisfy(lastmod -> assertThat(Instant.parse(lastmod)).isBefore(Instant.now()));
    }

    @Test
    void onlyPublishedContentIsInTheSitemapAndTheFeed() throws Exception {
        String path = "/news/2021/seo-check";
        store.writer().upsert(path, news("seo-check", "Черновик новости для проверки карты сайта", "Анонс черновика"));
        try {
            assertThat(sitemap(get("/sitemap.xml").body())).doesNotContainKey(url(path));
            assertThat(entryLinks(feed())).doesNotContain(url(path));

            store.publisher().publish(path, "test");
            assertThat(sitemap(get("/sitemap.xml").body())).containsKey(url(path));
            assertThat(entryLinks(feed())).contains(url(path));

            store.publisher().unpublish(path, "test");
            assertThat(sitemap(get("/sitemap.xml").body())).doesNotContainKey(url(path));
            assertThat(entryLinks(feed())).doesNotContain(url(path));
        } finally {
            store.publisher().unpublish(path, "test");
            store.writer().delete(path);
        }
    }

    @Test
    void theFeedIsAtomWithTheRequiredElementsNewestFirst() throws Exception {
        HttpResponse<String> response = get("/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/atom+xml").containsIgnoringCase("UTF-8");
        Element feed = parse(response.body()).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "id")).isEqualTo(url("/feed.atom"));
        assertThat(text(feed, "title")).isEqualTo("Новости и документы — Портал оценки качества образования");
        assertThat(Instant.parse(text(feed, "updated"))).isBefore(Instant.now());
        assertThat(text(child(feed, "author"), "name")).isNotBlank();
        assertThat(links(feed)).containsEntry("self", url("/feed.atom")).containsEntry("alternate", url("/"));

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSizeBetween(2, NewsFeed.LIMIT);
        List<Instant> published = new ArrayList<>();
        for (Element entry : entries) {
            assertThat(text(entry, "id")).startsWith("urn:uuid:");
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "summary")).isNotBlank();
            assertThat(Instant.parse(text(entry, "updated"))).isNotNull();
            assertThat(links(entry).get("alternate")).startsWith(url("/"));
            published.add(Instant.parse(text(entry, "published")));
        }
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(entries).extracting(e -> text(e, "title")).contains(SEMINAR_TITLE);
        assertThat(entries).extracting(e -> text(e, "id")).doesNotHaveDuplicates();
    }

    @Test
    void markupInANewsTitleComesOutOfTheFeedAndThePageAsText() throws Exception {
        List<String> payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8).stream()
                .filter(p -> p.contains("<") && (p.contains("\"") || p.contains("&"))).limit(5).toList();
        assertThat(payloads).hasSize(5);
        List<String> paths = new ArrayList<>();
        try {
            for (int i = 0; i < payloads.size(); i++) {
                String path = "/news/2021/seo-xss-" + i;
                paths.add(path);
                store.writer().upsert(path, news("seo-xss-" + i, "Новость " + payloads.get(i), payloads.get(i)));
                store.publisher().publish(path, "test");
            }
            String body = get("/feed.atom").body();
            Map<String, Element> byLink = new LinkedHashMap<>();
            children(parse(body).getDocumentElement(), "entry").forEach(e -> byLink.put(links(e).get("alternate"), e));

            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                Element entry = byLink.get(url(paths.get(i)));
                assertThat(entry).as(payload).isNotNull();
                // the feed prints titles and summaries as stored, less surrounding white space
                assertThat(text(entry, "title")).isEqualTo(("Новость " + payload).strip());
                assertThat(text(entry, "summary")).isEqualTo(payload.strip());
                assertThat(body).doesNotContain(payload);

                HttpResponse<String> page = get(paths.get(i));
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).doesNotContain(payload).contains("<meta property=\"og:title\" content=\"Новость ");
            }
        } finally {
            for (String path : paths) {
                store.publisher().unpublish(path, "test");
                store.writer().delete(path);
            }
        }
    }

    @Test
    void robotsTxtKeepsCrawlersOnThePublicSiteAndPointsToTheSitemap() {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(robots.body().lines()).contains("User-agent: *", "Allow: /", "Disallow: /author", "Disallow: /api/",
                "Disallow: /login", "Disallow: /search?", "Sitemap: " + url("/sitemap.xml"));
    }

    @Test
    void aDocumentPageHasAnAbsoluteCanonicalLinkAndArticleOpenGraphTags() {
        String html = get(ORDER + "?utm_source=test").body();

        assertThat(canonical(html)).isEqualTo(url(ORDER));
        assertThat(og(html, "url")).isEqualTo(url(ORDER));
        assertThat(og(html, "type")).isEqualTo("article");
        assertThat(og(html, "title")).startsWith("Об утверждении Дорожной карты межмуниципального взаимодействия");
        assertThat(og(html, "description")).startsWith("Приказ Министерства образования и науки Челябинской области");
        assertThat(og(html, "site_name")).isEqualTo("Портал оценки качества образования");
        assertThat(og(html, "locale")).isEqualTo("ru_RU");
        assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    }

    @Test
    void theHomePageIsAWebsiteInOpenGraph() {
        String html = get("/").body();

        assertThat(canonical(html)).isEqualTo(url("/"));
        assertThat(og(html, "url")).isEqualTo(url("/"));
        assertThat(og(html, "type")).isEqualTo("website");
        assertThat(og(html, "title")).isEqualTo("Портал оценки качества образования Челябинской области");
        assertThat(og(html, "description")).isNotBlank();
        assertThat(html).contains("href=\"/feed.atom\"");
    }

    private static NodeData news(String name, String title, String lead) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("qp:type", "item");
        properties.put("qp:contentType", "news");
        properties.put("qp:template", "portal:pages/news");
        properties.put("title", title);
        properties.put("date", LocalDate.now().toString());
        properties.put("lead", lead);
        return NodeData.of(name, properties);
    }

    private String url(String path) {
        return uri(path).toString();
    }

    private Element feed() throws Exception {
        return parse(get("/feed.atom").body()).getDocumentElement();
    }

    private static List<String> entryLinks(Element feed) {
        return children(feed, "entry").stream().map(e -> links(e).get("alternate")).toList();
    }

    /** loc → lastmod of every url of a sitemap. */
    private static Map<String, String> sitemap(String xml) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        NodeList urls = parse(xml).getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            result.put(text(url, "loc"), text(url, "lastmod"));
        }
        return result;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && parent.getNamespaceURI().equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    /** rel → href of the Atom links directly inside an element. */
    private static Map<String, String> links(Element parent) {
        Map<String, String> result = new LinkedHashMap<>();
        children(parent, "link").forEach(l -> result.put(l.getAttribute("rel"), l.getAttribute("href")));
        return result;
    }

    private static String canonical(String html) {
        return attribute(html, "<link rel=\"canonical\" href=\"([^\"]*)\">");
    }

    private static String og(String html, String property) {
        return attribute(html, "<meta property=\"og:" + property + "\" content=\"([^\"]*)\">");
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        String value = m.group(1);
        assertThat(m.find()).as("only one " + regex).isFalse();
        return value;
    }
}
