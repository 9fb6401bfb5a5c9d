package org.qualityportal.portal.site;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows internal links from the home page, breadth first, and keeps every response, query pages
 * (archive years, pager, filters) included. Links that switch a reader setting rather than lead to
 * a page ({@code /low-vision}) are not followed.
 */
final class SiteCrawler {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"(/[^\"#]*)");
    private static final String SETTING_SWITCH = "/low-vision";
    private static final int LIMIT = 500;

    private SiteCrawler() {
    }

    static Map<String, HttpResponse<String>> crawl(Function<String, HttpResponse<String>> get) {
        return crawl(get, new LinkedHashMap<>());
    }

    /** As {@link #crawl(Function)}; {@code clicks} receives each page's distance in clicks from the home page. */
    static Map<String, HttpResponse<String>> crawl(Function<String, HttpResponse<String>> get,
                                                   Map<String, Integer> clicks) {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        clicks.put("/", 0);
        while (!queue.isEmpty() && responses.size() < LIMIT) {
            String path = queue.poll();
            HttpResponse<String> response = get.apply(path);
            responses.put(path, response);
            if (isHtml(response)) {
                Matcher m = LINK.matcher(response.body());
                while (m.find()) {
                    String link = m.group(1).replace("&amp;", "&");
                    if (!link.startsWith(SETTING_SWITCH) && !clicks.containsKey(link)) {
                        clicks.put(link, clicks.get(path) + 1);
                        queue.add(link);
                    }
                }
            }
        }
        return responses;
    }

    static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }
}
