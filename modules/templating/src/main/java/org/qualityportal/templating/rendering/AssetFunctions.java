package org.qualityportal.templating.rendering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.site.SiteMap;

/** {@code damfn}: links, formats and sizes of assets. */
public final class AssetFunctions {
    private static final Map<String, String> FORMATS = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/msword", "DOC",
            "image/png", "PNG",
            "image/jpeg", "JPEG");

    private final ContentView view;
    private final SiteMap site;

    public AssetFunctions(ContentView view, SiteMap site) {
        this.view = view;
        this.site = site;
    }

    /** An asset as scripts need it: title, link, fileName, format, size, sizeText; null if it is not there. */
    public Map<String, Object> asset(String path) {
        return view.get(path).map(this::describe).orElse(null);
    }

    public String link(String path) {
        return site.link(path);
    }

    private Map<String, Object> describe(Content asset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", asset.properties().getOrDefault("title", asset.name()));
        map.put("description", asset.properties().get("description"));
        map.put("link", site.link(asset));
        if (asset.properties().get("file") instanceof BinaryValue file) {
            map.put("fileName", file.fileName());
            map.put("format", format(file));
            map.put("size", file.size());
            map.put("sizeText", sizeText(file.size()));
        }
        return map;
    }

    private static String format(BinaryValue file) {
        String known = FORMATS.get(file.mimeType());
        if (known != null) {
            return known;
        }
        String name = file.fileName() == null ? "" : file.fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "файл" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** Sizes the way Russian readers expect them: {@code 850 КБ}, {@code 1,2 МБ}. */
    public String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " КБ";
        }
        return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", bytes / (1024.0 * 1024.0));
    }
}
