package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging of a list of {@code total} entries, {@code size} per page: the current page (clamped into
 * range), the slice it shows, and links to every page and to the previous and next one.
 */
public final class Pager {
    private final int page;
    private final int pages;
    private final int size;
    private final int total;
    private final QueryLinks links;
    private final Map<String, String> kept;

    Pager(int total, int size, int requestedPage, QueryLinks links, Map<String, String> kept) {
        this.total = total;
        this.size = size;
        this.pages = Math.max(1, (total + size - 1) / size);
        this.page = Math.min(Math.max(1, requestedPage), pages);
        this.links = links;
        this.kept = kept;
    }

    /**
     * Paging of {@code total} entries, {@code size} a page, at the page a request asked for (anything that is not
     * a page number is the first page, a number past the end the last), linking to {@code path?page=N}.
     */
    public static Pager of(int total, int size, String requestedPage, String path) {
        return new Pager(total, size, number(requestedPage, 1), new QueryLinks(path), Map.of());
    }

    /** A positive number from a request parameter, or the fallback for anything else. */
    static int number(String text, int fallback) {
        if (text == null || text.isBlank() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Integer.parseInt(text);
    }

    int from() {
        return Math.min(total, (page - 1) * size);
    }

    int to() {
        return Math.min(total, page * size);
    }

    /** The entries of the current page, out of all {@code total} of them. */
    public <T> List<T> slice(List<T> all) {
        return all.subList(from(), to());
    }

    public int getTotal() {
        return total;
    }

    /** Number of the page's first entry, counting from 1. */
    public int getFirst() {
        return from() + 1;
    }

    /** Number of the page's last entry. */
    public int getLast() {
        return to();
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }

    public boolean isPaged() {
        return pages > 1;
    }

    public String getPrevious() {
        return page > 1 ? link(page - 1) : "";
    }

    public String getNext() {
        return page < pages ? link(page + 1) : "";
    }

    /** One entry per page: number, link, current. */
    public List<Map<String, Object>> getLinks() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", p);
            entry.put("link", link(p));
            entry.put("current", p == page);
            result.add(entry);
        }
        return result;
    }

    private String link(int target) {
        Map<String, String> parameters = new HashMap<>(kept);
        if (target > 1) {
            parameters.put("page", String.valueOf(target));
        }
        return links.with(parameters);
    }
}
