package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells apart the office formats that share a container. Tika's core detector stops at the
 * container (a ZIP with an OOXML package inside, or an OLE2 compound file); which document it holds
 * is written inside: the main part's content type in {@code [Content_Types].xml}, the
 * {@code mimetype} entry of an OpenDocument file, or the stream names of an OLE2 file. When
 * Tika's full parser set is on the classpath it names these types itself and this refines nothing.
 */
final class OfficeContainers {
    static final String ZIP = "application/zip";
    static final String OOXML = "application/x-tika-ooxml";
    static final String OLE2 = "application/x-tika-msoffice";
    private static final int MAX_MANIFEST = 1 << 20;

    /** Main part content types of OOXML packages; the macro-enabled ones name types the portal does not accept. */
    private static final Map<String, String> OOXML_MAIN = ooxmlMain();

    private OfficeContainers() {
    }

    static String refine(String type, Path file) throws IOException {
        return switch (type) {
            case ZIP, OOXML -> zip(file, type);
            case OLE2 -> ole2(Ole2Directory.names(file));
            default -> type;
        };
    }

    private static String zip(Path file, String type) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifest = zip.getEntry("[Content_Types].xml");
            if (manifest != null) {
                String types = text(zip, manifest);
                boolean macros = Collections.list(zip.entries()).stream().anyMatch(e -> e.getName().endsWith("vbaProject.bin"));
                for (Map.Entry<String, String> main : OOXML_MAIN.entrySet()) {
                    if (types.contains(main.getKey())) {
                        return macros ? "application/vnd.ms-office.vbaproject" : main.getValue();
                    }
                }
                return OOXML;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String declared = text(zip, mimetype).strip();
                if (declared.startsWith("application/vnd.oasis.opendocument.") && declared.length() < 100) {
                    return declared;
                }
            }
            return type;
        } catch (ZipException e) {
            throw new BrokenFileException("архив документа не читается — вероятно, файл повреждён или загружен не до конца", e);
        }
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_MANIFEST), StandardCharsets.UTF_8);
        }
    }

    private static String ole2(Set<String> names) {
        if (names.contains("WordDocument")) {
            return FileTypes.DOC;
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return FileTypes.XLS;
        }
        if (names.contains("PowerPoint Document")) {
            return FileTypes.PPT;
        }
        return OLE2;
    }

    private static Map<String, String> ooxmlMain() {
        Map<String, String> map = new LinkedHashMap<>();
        String prefix = "application/vnd.openxmlformats-officedocument.";
        map.put(prefix + "wordprocessingml.document.main+xml", FileTypes.DOCX);
        map.put(prefix + "spreadsheetml.sheet.main+xml", FileTypes.XLSX);
        map.put(prefix + "presentationml.presentation.main+xml", FileTypes.PPTX);
        map.put(prefix + "wordprocessingml.template.main+xml", prefix + "wordprocessingml.template");
        map.put(prefix + "spreadsheetml.template.main+xml", prefix + "spreadsheetml.template");
        map.put(prefix + "presentationml.slideshow.main+xml", prefix + "presentationml.slideshow");
        map.put(prefix + "presentationml.template.main+xml", prefix + "presentationml.template");
        map.put("application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.document.macroenabled.12");
        map.put("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-excel.sheet.macroenabled.12");
        map.put("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
                "application/vnd.ms-powerpoint.presentation.macroenabled.12");
        return Collections.unmodifiableMap(map);
    }
}
