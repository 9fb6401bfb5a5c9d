package org.qualityportal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published item as the index sees it: plain text only, no repository types. The webapp
 * builds these from the live tree; the index addresses them by {@link #path()}.
 *
 * @param path unique id (repository path, e.g. {@code /documents/orders/2018-03-524})
 * @param url public URL of the item
 * @param type content type name (document, news, practice, mechanism, page…)
 * @param typeLabel human label of the type ("Документ")
 * @param title title
 * @param summary lead or summary, plain text (may be empty)
 * @param body body as plain text (markup already removed)
 * @param date the item's own date, or {@code null}
 * @param year the year it belongs to when it has no date of its own (a practice's year), or {@code null};
 *             with a date, the date's year counts
 * @param mechanisms labels of the mechanisms it belongs to
 * @param municipalities municipalities it concerns
 * @param organisations organisations or authors
 * @param attachments attached files with their extracted text
 */
public record SearchDocument(
        String path,
        String url,
        String type,
        String typeLabel,
        String title,
        String summary,
        String body,
        LocalDate date,
        Integer year,
        List<String> mechanisms,
        List<String> municipalities,
        List<String> organisations,
        List<Attachment> attachments) {

    /**
     * An attached file: its name as shown to readers, the text extracted from it, and where it comes from
     * (the asset's path, so the documents attaching an asset can be found when it changes; empty if none).
     */
    public record Attachment(String name, String text, String source) {
        public Attachment {
            name = name == null ? "" : name;
            text = text == null ? "" : text;
            source = source == null ? "" : source;
        }

        public Attachment(String name, String text) {
            this(name, text, "");
        }
    }

    public SearchDocument {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        url = url == null ? "" : url;
        type = type == null ? "" : type;
        typeLabel = typeLabel == null ? type : typeLabel;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        mechanisms = clean(mechanisms);
        municipalities = clean(municipalities);
        organisations = clean(organisations);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A document with only the required parts; the {@code with…} methods add the rest. */
    public static SearchDocument of(String path, String url, String type, String typeLabel, String title) {
        return new SearchDocument(path, url, type, typeLabel, title, "", "", null, null,
                List.of(), List.of(), List.of(), List.of());
    }

    public SearchDocument withSummary(String value) {
        return new SearchDocument(path, url, type, typeLabel, title, value, body, date, year,
                mechanisms, municipalities, organisations, attachments);
    }

    public SearchDocument withBody(String value) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, value, date, year,
                mechanisms, municipalities, organisations, attachments);
    }

    public SearchDocument withDate(LocalDate value) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, value, year,
                mechanisms, municipalities, organisations, attachments);
    }

    public SearchDocument withYear(Integer value) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, date, value,
                mechanisms, municipalities, organisations, attachments);
    }

    /** The year facet's value: the date's year, else the year given, else none. */
    public Integer facetYear() {
        return date != null ? Integer.valueOf(date.getYear()) : year;
    }

    public SearchDocument withMechanisms(String... values) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, date, year,
                List.of(values), municipalities, organisations, attachments);
    }

    public SearchDocument withMunicipalities(String... values) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, date, year,
                mechanisms, List.of(values), organisations, attachments);
    }

    public SearchDocument withOrganisations(String... values) {
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, date, year,
                mechanisms, municipalities, List.of(values), attachments);
    }

    public SearchDocument withAttachment(String name, String text) {
        return withAttachment(new Attachment(name, text));
    }

    public SearchDocument withAttachment(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new SearchDocument(path, url, type, typeLabel, title, summary, body, date, year,
                mechanisms, municipalities, organisations, all);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
    }
}
