package org.qualityportal.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.search.SearchDocument;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.site.SiteMap;

/**
 * What the search index holds for a unit of the live tree: items of a content type (their fields
 * marked {@code search: fulltext} as text, {@code facet} links to mechanisms and municipalities and
 * text facets as organisations, the first date) and the site's pages (their title and the text of their
 * components). Files, folders, accounts and the error page are not searched.
 */
final class LiveDocuments {
    private static final String PAGE_TYPE = "page";
    private static final String PAGE_LABEL = "Страница";
    /** A field marked so is the year facet: a date's year, or a number that is a year. */
    private static final String FACET_YEAR = "facet-year";
    /** Dates as the text writes them ("28 февраля 2018"), so a reader's words find them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    private final LightModuleRegistry registry;
    private final SiteMap site;
    private final AttachmentTexts attachments;

    LiveDocuments(LightModuleRegistry registry, SiteMap site, AttachmentTexts attachments) {
        this.registry = registry;
        this.site = site;
        this.attachments = attachments;
    }

    /** The document for a unit, or empty when the unit is not searched. */
    Optional<SearchDocument> of(ContentView live, Content unit) {
        if (NodeKind.ITEM.equals(unit.kind())) {
            return registry.contentType(unit.contentType()).filter(t -> !"asset".equals(t.name()))
                    .map(type -> item(live, unit, type));
        }
        if (NodeKind.PAGE.equals(unit.kind()) && isSitePage(unit.path())) {
            return Optional.of(page(live, unit));
        }
        return Optional.empty();
    }

    /** Calls back with the units to index again whenever attached files queued for reading have been read. */
    void onAttachmentsRead(Consumer<Set<String>> listener) {
        attachments.onRead(listener);
    }

    /** How many attached files wait to be read. */
    int attachmentsPending() {
        return attachments.pending();
    }

    /** Every searched unit of the live tree. */
    List<SearchDocument> all(ContentView live) {
        List<SearchDocument> documents = new ArrayList<>();
        for (String tree : ContentStore.TREES) {
            if (!tree.equals("users") && !tree.equals("dam")) {
                collect(live, "/" + tree, documents);
            }
        }
        return documents;
    }

    private void collect(ContentView live, String path, List<SearchDocument> documents) {
        for (Content child : live.children(path)) {
            if (child.isUnit()) {
                of(live, child).ifPresent(documents::add);
                collect(live, child.path(), documents);
            }
        }
    }

    private SearchDocument item(ContentView live, Content item, ContentTypeDefinition type) {
        List<String> summary = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        List<String> mechanisms = new ArrayList<>();
        List<String> municipalities = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        List<SearchDocument.Attachment> files = new ArrayList<>();
        LocalDate date = null;
        Integer year = null;
        for (FieldDefinition field : type.fields()) {
            Object value = item.properties().get(field.name());
            List<String> texts = FormValues.texts(value);
            Object search = field.extra().get("search");
            switch (field.type()) {
                case "date" -> {
                    LocalDate own = date(texts);
                    date = date != null ? date : own;
                    if (own != null) {
                        facts.add(field.label() + ": " + DAY.format(own));
                    }
                }
                case "number" -> {
                    year = year != null || !FACET_YEAR.equals(search) ? year : year(texts);
                    texts.stream().map(LiveDocuments::number).filter(n -> !n.isEmpty())
                            .forEach(n -> facts.add(field.label() + ": " + n));
                }
                case "link" -> {
                    List<String> titles = texts.stream().map(p -> title(live, p)).toList();
                    String root = String.valueOf(field.extra().get("root"));
                    if (root.startsWith("/mechanisms")) {
                        mechanisms.addAll(titles);
                    } else if (root.startsWith("/municipalities")) {
                        municipalities.addAll(titles);
                    }
                }
                case "asset" -> texts.forEach(asset -> attachment(live, asset, item.path()).ifPresent(files::add));
                case "text", "richText" -> {
                    if ("facet".equals(search)) {
                        organisations.addAll(texts);
                    } else if (!field.name().equals("title")) {
                        (field.name().equals("summary") ? summary : body).addAll(texts.stream().map(PlainText::of).toList());
                    }
                }
                default -> { }
            }
        }
        rows(live, item, body);
        body.addAll(facts); // last, so a snippet opens with the item's own text
        return new SearchDocument(item.path(), site.link(item.path()), type.name(), type.label(), title(item),
                String.join("\n", summary), String.join("\n", body), date, year, mechanisms, municipalities, organisations, files);
    }

    /**
     * A published file attached to an item, named as readers see it: with its text once read, without it
     * until then (the item is indexed again when it is).
     */
    private Optional<SearchDocument.Attachment> attachment(ContentView live, String assetPath, String unit) {
        return live.get(assetPath)
                .filter(asset -> asset.properties().get(AttachmentTexts.ASSET_FILE) instanceof BinaryValue)
                .map(asset -> {
                    BinaryValue file = (BinaryValue) asset.properties().get(AttachmentTexts.ASSET_FILE);
                    String name = file.fileName() == null || file.fileName().isBlank() ? title(asset) : file.fileName();
                    return new SearchDocument.Attachment(name, attachments.text(assetPath, file, unit).orElse(""), assetPath);
                });
    }

    private SearchDocument page(ContentView live, Content page) {
        List<String> body = new ArrayList<>();
        live.tree(page.path()).ifPresent(tree -> texts(tree, body, true));
        String description = page.string("description");
        return new SearchDocument(page.path(), site.link(page.path()), PAGE_TYPE, PAGE_LABEL, title(page),
                description == null ? "" : description, String.join("\n", body), null, null, List.of(), List.of(), List.of(), List.of());
    }

    /** Text of composite rows (a roadmap's events) belongs to the item's body. */
    private static void rows(ContentView live, Content item, List<String> body) {
        live.tree(item.path()).ifPresent(tree -> tree.children().stream()
                .filter(c -> !NodeKind.isUnit(c.kind()))
                .forEach(c -> texts(c, body, false)));
    }

    /**
     * Every text and number under a node (lists included: a roadmap event's participants), its child units
     * left out; a page's own properties are skipped at the top, and so are paths (links) and system properties.
     */
    private static void texts(NodeData node, List<String> out, boolean skipOwn) {
        if (!skipOwn) {
            node.properties().forEach((name, value) -> {
                if (!name.startsWith("qp:")) {
                    for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                        String text = one instanceof Number n ? number(n.toString()) : one instanceof String t ? t : "";
                        if (!text.isBlank() && !text.startsWith("/")) {
                            out.add(PlainText.of(text));
                        }
                    }
                }
            });
        }
        for (NodeData child : node.children()) {
            if (!NodeKind.isUnit(child.kind())) {
                texts(child, out, false);
            }
        }
    }

    private static LocalDate date(List<String> texts) {
        for (String text : texts) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                // not a date: look at the next value
            }
        }
        return null;
    }

    /** A number as readers write it: {@code 74.0} is 74. */
    private static String number(String value) {
        String text = value.strip();
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A year field's value (a number such as 2019); none when it is not a plausible year. */
    private static Integer year(List<String> texts) {
        return texts.stream().map(LiveDocuments::number).filter(n -> n.matches("[12][0-9]{3}")).findFirst()
                .map(Integer::valueOf).orElse(null);
    }

    private static String title(ContentView live, String path) {
        return live.get(path).map(LiveDocuments::title).orElse(path);
    }

    private static String title(Content content) {
        String title = content.string("title");
        return title == null || title.isBlank() ? content.name() : title;
    }

    private static boolean isSitePage(String path) {
        return path.equals(SiteMap.SITE_ROOT) || path.startsWith(SiteMap.SITE_ROOT + "/");
    }
}
