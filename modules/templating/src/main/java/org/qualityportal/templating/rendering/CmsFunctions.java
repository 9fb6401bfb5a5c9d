package org.qualityportal.templating.rendering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.site.SiteMap;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/** {@code cmsfn}: content navigation, links and formatting for scripts. */
public final class CmsFunctions {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", RUSSIAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", RUSSIAN);

    private final ContentView view;
    private final SiteMap site;
    private final LightModuleRegistry registry;

    public CmsFunctions(ContentView view, SiteMap site, LightModuleRegistry registry) {
        this.view = view;
        this.site = site;
        this.registry = registry;
    }

    public Map<String, Object> content(String path) {
        return view.get(path).map(this::map).orElse(null);
    }

    /** Child pages, items and folders (not areas or components). */
    public List<Map<String, Object>> children(Object content) {
        return view.children(ContentMaps.pathOf(content)).stream().filter(Content::isUnit).map(this::map).toList();
    }

    public List<Map<String, Object>> children(Object content, String kind) {
        return view.children(ContentMaps.pathOf(content)).stream().filter(c -> kind.equals(c.kind())).map(this::map).toList();
    }

    public Map<String, Object> parent(Object content) {
        String path = ContentMaps.pathOf(content);
        return ContentPaths.depth(path) <= 1 ? null : content(ContentPaths.parent(path));
    }

    /** Page ancestors from the home page down to the parent. */
    public List<Map<String, Object>> ancestors(Object content) {
        String path = ContentMaps.pathOf(content);
        List<Map<String, Object>> result = new ArrayList<>();
        for (String p = ContentPaths.parent(path); ContentPaths.depth(p) >= 2; p = ContentPaths.parent(p)) {
            view.get(p).filter(c -> NodeKind.PAGE.equals(c.kind())).ifPresent(c -> result.add(0, map(c)));
        }
        return result;
    }

    public String link(Object contentOrPath) {
        return site.link(ContentMaps.pathOf(contentOrPath));
    }

    /** Sanitised rich text, printed without further escaping. */
    public TemplateHTMLOutputModel richText(String html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(HtmlSanitizer.sanitize(html));
    }

    /** A fingerprinted URL of a web resource: {@code /.resources/portal/webresources/css/portal.1a2b3c4d5e.css}. */
    public String resource(String module, String path) {
        String base = "/.resources/" + module + "/webresources/";
        return registry.fingerprint(module, path).map(fp -> base + WebResourcePaths.withFingerprint(path, fp))
                .orElse(base + path);
    }

    /** {@code 2018-02-28} as {@code 28 февраля 2018 г.}; anything else is returned as it is. */
    public String date(Object iso) {
        return format(iso, LONG_DATE);
    }

    /** {@code 2018-02-28} as {@code 28.02.2018}. */
    public String shortDate(Object iso) {
        return format(iso, SHORT_DATE);
    }

    private static String format(Object iso, DateTimeFormatter formatter) {
        if (iso == null) {
            return "";
        }
        String text = iso.toString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).format(formatter);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private Map<String, Object> map(Content c) {
        return ContentMaps.of(c, site);
    }
}
