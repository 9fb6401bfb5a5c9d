package org.qualityportal.portal.author.assets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types the portal knows: how an editor reads each (a short label), the asset kind it
 * suggests and the file-name extensions that belong to it. Types are decided from content
 * ({@link FileCheck}); extensions only serve to notice a file whose name claims something else.
 */
final class FileTypes {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";
    static final String TXT = "text/plain";
    static final String CSV = "text/csv";

    /** A known type: label for people, the asset {@code kind} it suggests, its usual extensions. */
    record Known(String label, String kind, List<String> extensions) {
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry(PDF, new Known("PDF", "document", List.of("pdf"))),
            Map.entry(DOCX, new Known("Word (DOCX)", "document", List.of("docx"))),
            Map.entry(XLSX, new Known("Excel (XLSX)", "spreadsheet", List.of("xlsx"))),
            Map.entry(PPTX, new Known("PowerPoint (PPTX)", "presentation", List.of("pptx"))),
            Map.entry(ODT, new Known("Текст OpenDocument (ODT)", "document", List.of("odt"))),
            Map.entry(ODS, new Known("Таблица OpenDocument (ODS)", "spreadsheet", List.of("ods"))),
            Map.entry(ODP, new Known("Презентация OpenDocument (ODP)", "presentation", List.of("odp"))),
            Map.entry(DOC, new Known("Word 97–2003 (DOC)", "document", List.of("doc"))),
            Map.entry(XLS, new Known("Excel 97–2003 (XLS)", "spreadsheet", List.of("xls"))),
            Map.entry(PPT, new Known("PowerPoint 97–2003 (PPT)", "presentation", List.of("ppt"))),
            Map.entry(PNG, new Known("PNG", "image", List.of("png"))),
            Map.entry(JPEG, new Known("JPEG", "image", List.of("jpg", "jpeg", "jpe", "jfif"))),
            Map.entry(GIF, new Known("GIF", "image", List.of("gif"))),
            Map.entry(WEBP, new Known("WebP", "image", List.of("webp"))),
            Map.entry(TXT, new Known("Текст (TXT)", "document", List.of("txt", "text"))),
            Map.entry(CSV, new Known("Таблица CSV", "spreadsheet", List.of("csv"))));

    private static final Map<String, String> OTHER_LABELS = Map.ofEntries(
            Map.entry("text/html", "веб-страница (HTML)"),
            Map.entry("application/xhtml+xml", "веб-страница (XHTML)"),
            Map.entry("image/svg+xml", "рисунок SVG, который может содержать скрипты"),
            Map.entry("text/javascript", "скрипт"),
            Map.entry("application/javascript", "скрипт"),
            Map.entry("application/x-executable", "программа"),
            Map.entry("application/x-sharedlib", "программа"),
            Map.entry("application/x-elf", "программа"),
            Map.entry("application/x-msdownload", "программа"),
            Map.entry("application/x-dosexec", "программа"),
            Map.entry("application/zip", "архив ZIP"),
            Map.entry("application/x-tika-ooxml", "документ Office неизвестного вида"),
            Map.entry("application/x-tika-msoffice", "документ Office неизвестного вида"),
            Map.entry("application/vnd.ms-office.vbaproject", "документ Office с макросами"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "документ Word с макросами"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "таблица Excel с макросами"),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", "презентация PowerPoint с макросами"),
            Map.entry("application/octet-stream", "файл неизвестного формата"));

    /** Extensions whose files must be what they say; any other extension (or none) is left to the content. */
    private static final Map<String, String> BY_EXTENSION = byExtension();
    private static final java.util.Set<String> REFUSED = java.util.Set.of("htm", "html", "xhtml", "shtml", "svg",
            "svgz", "xml", "xsl", "js", "mjs", "hta", "exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs",
            "sh", "jar", "apk");

    private FileTypes() {
    }

    static Optional<Known> known(String mimeType) {
        return Optional.ofNullable(KNOWN.get(mimeType));
    }

    /** A label for people: the known types' own, a word for common refused ones, else the media type itself. */
    static String label(String mimeType) {
        return known(mimeType).map(Known::label).orElseGet(() -> OTHER_LABELS.getOrDefault(mimeType, "файл типа " + mimeType));
    }

    /** The type a file name's extension claims, when it is one of the known ones. */
    static Optional<String> claimedBy(String fileName) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(fileName)));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Extensions of pages, scripts and programs: refused whatever the content, since a browser or a
     * desktop opens a downloaded file by its name.
     */
    static boolean isRefusedExtension(String fileName) {
        return REFUSED.contains(extension(fileName));
    }

    private static Map<String, String> byExtension() {
        Map<String, String> map = new java.util.HashMap<>();
        KNOWN.forEach((type, known) -> known.extensions().forEach(ext -> map.put(ext, type)));
        return Map.copyOf(map);
    }
}
