package org.qualityportal.discussions.web;

import java.util.List;

/**
 * One page of a long moderation list: which entries it shows ({@code from} inclusive, {@code to} exclusive,
 * counted from 0) and the links to the pages before and after it. Anything that is not a page number asks
 * for the first page; a number past the end, for the last.
 *
 * @param previous link to the page before, empty on the first
 * @param next     link to the page after, empty on the last
 */
public record QueuePage(int page, int pages, int total, int from, int to, String previous, String next) {
    /** Entries per page: a moderator reads and decides each one. */
    static final int SIZE = 50;

    static QueuePage of(int total, String requested, String base) {
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, number(requested)), pages);
        int from = (page - 1) * SIZE;
        return new QueuePage(page, pages, total, from, Math.min(total, from + SIZE),
                page > 1 ? base + "?page=" + (page - 1) : "", page < pages ? base + "?page=" + (page + 1) : "");
    }

    /** The entries of this page. */
    <T> List<T> of(List<T> all) {
        return all.subList(from, to);
    }

    /** Whether there is more than one page. */
    public boolean paged() {
        return pages > 1;
    }

    private static int number(String text) {
        if (text == null || text.isBlank() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Integer.parseInt(text);
    }
}
