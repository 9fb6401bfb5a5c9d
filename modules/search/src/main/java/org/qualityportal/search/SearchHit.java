package org.qualityportal.search;

import java.time.LocalDate;

/**
 * One found document.
 *
 * @param path repository path (the index id)
 * @param url public URL
 * @param title title, plain text (escape it when printing)
 * @param type content type name
 * @param typeLabel human label of the type
 * @param date the document's date, or {@code null}
 * @param snippetHtml a passage with {@code <mark>} around matched words; already escaped,
 *     safe to print as HTML without further escaping
 * @param attachment name of the attachment the snippet comes from, or {@code null} when it
 *     comes from the document itself
 */
public record SearchHit(String path, String url, String title, String type, String typeLabel,
        LocalDate date, String snippetHtml, String attachment) {
}
