package org.qualityportal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One public page of a module, as plain text for the portal's search.
 *
 * @param path           unique, absolute and stable, e.g. {@code /discussions/<id>}; the search addresses the entry by it
 * @param url            the page's public address
 * @param type           a type name of the module's own (a facet of the search), e.g. {@code discussion}
 * @param typeLabel      what readers see for the type ("Обсуждение")
 * @param title          the page's title
 * @param summary        a line about it, plain text (may be empty)
 * @param body           the page's text, plain (markup removed)
 * @param date           its date, or {@code null}
 * @param municipalities municipalities it concerns (may be empty)
 */
public record SearchEntry(String path, String url, String type, String typeLabel, String title, String summary,
                          String body, LocalDate date, List<String> municipalities) {

    public SearchEntry {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
}
