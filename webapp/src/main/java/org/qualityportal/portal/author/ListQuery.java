package org.qualityportal.portal.author;

import java.util.Locale;
import java.util.Set;

/**
 * The parameters of a content list, cleaned: an unknown sort key or a page that is not a number
 * falls back to the default view rather than an error.
 *
 * @param q    text to find in the item's text fields, case-insensitive; empty for all
 * @param sort {@code title}, {@code date} (last modified) or {@code status}
 * @param desc descending
 * @param page 1-based
 */
public record ListQuery(String q, String sort, boolean desc, int page) {
    static final Set<String> SORTS = Set.of("title", "date", "status");
    static final int PAGE_SIZE = 20;

    static ListQuery of(String q, String sort, String dir, String page) {
        String key = sort != null && SORTS.contains(sort) ? sort : "date";
        boolean desc = dir == null ? key.equals("date") : dir.equals("desc");
        int number;
        try {
            number = page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            number = 1;
        }
        return new ListQuery(q == null ? "" : q.strip(), key, desc, number);
    }

    String needle() {
        return q.toLowerCase(Locale.ROOT);
    }

    /** The query string of this list with another sort key (toggling the direction on the current one). */
    String sortedBy(String key) {
        boolean nextDesc = key.equals(sort) ? !desc : key.equals("date");
        return link(key, nextDesc, 1);
    }

    public String onPage(int number) {
        return link(sort, desc, number);
    }

    private String link(String key, boolean descending, int number) {
        StringBuilder s = new StringBuilder("?");
        if (!q.isEmpty()) {
            s.append("q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        s.append("sort=").append(key).append("&dir=").append(descending ? "desc" : "asc");
        if (number > 1) {
            s.append("&page=").append(number);
        }
        return s.toString();
    }
}
