package org.qualityportal.templating.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Links to the current page with other query parameters, e.g. {@code /news?page=2&year=2021}. */
final class QueryLinks {
    private final String path;

    QueryLinks(String path) {
        this.path = path;
    }

    /** The page with exactly these parameters (sorted, encoded; blank values left out). */
    String with(Map<String, String> parameters) {
        String query = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
