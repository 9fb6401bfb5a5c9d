package org.qualityportal.portal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.qualityportal.content.Slugs;

/** Download headers per RFC 6266 with the RFC 5987 UTF-8 file name and an ASCII fallback. */
final class Downloads {
    private Downloads() {
    }

    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : "";
        String stem = Slugs.slug(dot > 0 ? name.substring(0, dot) : name);
        String ascii = (stem.isEmpty() ? "file" : stem) + extension;
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
