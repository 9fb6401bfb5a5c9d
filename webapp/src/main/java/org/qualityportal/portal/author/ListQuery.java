package org.qualityportal.portal.author;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.qualityportal.content.PublicationStatus;

/**
 * The parameters of a content list, cleaned: an unknown sort key or a page that is not a number
 * falls back to the default view rather than an error.
 *
 * @param q    text to find in the item's text fields, case-insensitive; empty for all
 * @param sort {@code title}, {@code date} (last modified) or {@code status}
 * @param desc descending
 * @param page 1-based
 * @param filters chosen values of the type's facet fields, by field name (see {@link ListFilters})
 * @param state  a publication status in lower case ({@code not_published}, {@code published}, {@code modified}),
 *               or empty for any
 */
public record ListQuery(String q, String sort, boolean desc, int page, Map<String, String> filters, String state) {
    static final Set<String> SORTS = Set.of("title", "date", "status");
    static final int PAGE_SIZE = 20;

    public ListQuery {
        filters = Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    /** From the request's parameters: {@code q}, {@code sort}, {@code dir}, {@code page}, {@code state}, {@code f.<field>}. */
    static ListQuery of(Map<String, String> params) {
        Map<String, String> filters = new TreeMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(ListFilters.PARAM_PREFIX) && value != null && !value.isBlank()) {
                filters.put(key.substring(ListFilters.PARAM_PREFIX.length()), value.strip());
            }
        });
        String state = params.getOrDefault("state", "");
        boolean knownState = Arrays.stream(PublicationStatus.values()).anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(state));
        return of(params.get("q"), params.get("sort"), params.get("dir"), params.get("page"), filters, knownState ? state : "");
    }

    static ListQuery of(String q, String sort, String dir, String page) {
        return of(q, sort, dir, page, Map.of(), "");
    }

    private static ListQuery of(String q, String sort, String dir, String page, Map<String, String> filters, String state) {
        String key = sort != null && SORTS.contains(sort) ? sort : "date";
        boolean desc = dir == null ? key.equals("date") : dir.equals("desc");
        int number;
        try {
            number = page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            number = 1;
        }
        return new ListQuery(q == null ? "" : q.strip(), key, desc, number, filters, state);
    }

    /** Whether the list is narrowed by anything: text, a field or the status. */
    public boolean filtered() {
        return !q.isEmpty() || !filters.isEmpty() || !state.isEmpty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
            s.append("q=").append(encode(q)).append('&');
        }
        filters.forEach((field, value) -> s.append(ListFilters.PARAM_PREFIX).append(encode(field)).append('=')
                .append(encode(value)).append('&'));
        if (!state.isEmpty()) {
            s.append("state=").append(state).append('&');
        }
        s.append("sort=").append(key).append("&dir=").append(descending ? "desc" : "asc");
        if (number > 1) {
            s.append("&page=").append(number);
        }
        return s.toString();
    }
}
