package org.qualityportal.portal.seo;

import java.time.Instant;

/**
 * One entry of the Atom feed.
 *
 * @param id        permanent id: {@code urn:uuid:} of the content's repository id, so it survives renames and moves
 * @param title     plain text
 * @param link      absolute URL of the page
 * @param summary   plain text: the item's lead, summary or description
 * @param published the item's own date (a news item's or document's date) at midnight UTC, or null
 * @param updated   when the live version last changed
 */
record FeedEntry(String id, String title, String link, String summary, Instant published, Instant updated) {
}
