package org.qualityportal.portal.site;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows internal links from the home page, breadth first, and keeps every response. */
final class SiteCrawler {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"(/[^\"#?]*)");
    private static final int LIMIT = 500;

    private SiteCrawler() {
    }

    static Map<String, HttpResponse<String>> crawl(Function<String, HttpResponse<String>> get) {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < LIMIT) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = get.apply(path);
            responses.put(path, response);
            if (isHtml(response)) {
                Matcher m = LINK.matcher(response.body());
                while (m.find()) {
                    queue.add(m.group(1));
                }
            }
        }
        return responses;
    }

    static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }
}
