package org.qualityportal.portal.seo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.springframework.stereotype.Component;

/**
 * Chooses and describes the entries of the Atom feed: live news and documents, newest first by
 * their own date (a 2018 order published today is still a 2018 order), then by publication.
 */
@Component
class NewsFeed {
    /** Content types that appear in the feed. */
    static final Set<String> CONTENT_TYPES = Set.of("news", "document");
    static final int LIMIT = 50;
    /** Where the summary comes from, best first: a news lead, a document summary, the description for search engines. */
    private static final String[] SUMMARY_FIELDS = {"lead", "summary", "description"};
    private static final Comparator<FeedEntry> NEWEST_FIRST = Comparator
            .comparing(FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(FeedEntry::updated, Comparator.reverseOrder());

    private final PublicPageIndex index;

    NewsFeed(PublicPageIndex index) {
        this.index = index;
    }

    List<FeedEntry> latest(ContentView live, String baseUrl) {
        return index.all(live).stream()
                .filter(page -> page.content().contentType() != null
                        && CONTENT_TYPES.contains(page.content().contentType()))
                .map(page -> entry(page.content(), baseUrl + page.link()))
                .sorted(NEWEST_FIRST)
                .limit(LIMIT)
                .toList();
    }

    private static FeedEntry entry(Content item, String url) {
        Instant updated = SitemapController.lastChange(item);
        Instant published = date(item.string("date"));
        if (updated == null) {
            updated = published != null ? published : Instant.EPOCH;
        }
        String summary = Stream.of(SUMMARY_FIELDS).map(item::string).filter(v -> v != null && !v.isBlank())
                .map(String::strip).findFirst().orElse(PageHeads.title(item));
        return new FeedEntry(id(item, url), PageHeads.title(item), url, summary, published, updated);
    }

    private static String id(Content item, String url) {
        String id = item.audit().id();
        try {
            return id == null ? url : "urn:uuid:" + UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
