package org.qualityportal.templating.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.search.FacetValue;
import org.qualityportal.search.SearchFacet;
import org.qualityportal.search.SearchHit;
import org.qualityportal.search.SearchResult;
import org.qualityportal.search.SearchService;
import org.qualityportal.templating.rendering.ModelContext;

/**
 * The model of the {@code searchResults} component: runs the search of the request's parameters and
 * gives the script everything ready to print: hits with their dates formatted and snippets already
 * escaped (with {@code <mark>} around matches), facets with links that add or drop a filter, the
 * suggestion as a link, paging links. Java computes, the script only formats.
 */
public final class SearchResultsModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<SearchFacet, String> LABELS = Map.of(SearchFacet.TYPE, "Раздел", SearchFacet.MECHANISM,
            "Механизм управления качеством", SearchFacet.YEAR, "Год", SearchFacet.MUNICIPALITY, "Муниципалитет",
            SearchFacet.ORGANISATION, "Организация, автор");

    private final String url;
    private final Map<String, String> params;
    private final SearchResult result;

    public SearchResultsModel(ModelContext context, SearchService search) {
        this.url = context.render().url();
        this.params = new LinkedHashMap<>(context.render().parameters());
        this.result = search.search(SearchRequest.of(params));
    }

    public record Hit(String title, String url, String typeLabel, String date, String snippetHtml, String attachment) {
    }

    public record Option(String label, long count, String link, boolean selected) {
    }

    public record Facet(String name, String label, List<Option> options) {
    }

    public String getQ() {
        return params.getOrDefault("q", "");
    }

    public boolean isDateOrder() {
        return "date".equals(params.get("order"));
    }

    public boolean isAsked() {
        return !getQ().isBlank() || facetChosen();
    }

    private boolean facetChosen() {
        for (SearchFacet facet : SearchFacet.values()) {
            if (params.containsKey(facet.dimension())) {
                return true;
            }
        }
        return false;
    }

    public long getTotal() {
        return result.total();
    }

    public String getMessage() {
        return result.message();
    }

    public String getSuggestion() {
        return result.suggestion();
    }

    public boolean isSuggestionApplied() {
        return result.suggestionApplied();
    }

    public String getSuggestionLink() {
        return result.suggestion() == null ? null : link(Map.of("q", result.suggestion()), true);
    }

    public List<Hit> getHits() {
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            hits.add(new Hit(h.title(), h.url(), h.typeLabel(), h.date() == null ? "" : DATE.format(h.date()),
                    h.snippetHtml(), h.attachment()));
        }
        return hits;
    }

    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            List<Option> options = new ArrayList<>();
            for (FacetValue value : result.facet(facet)) {
                Map<String, String> change = new LinkedHashMap<>();
                change.put(facet.dimension(), value.selected() ? null : value.value());
                options.add(new Option(value.label(), value.count(), link(change, true), value.selected()));
            }
            if (!options.isEmpty()) {
                facets.add(new Facet(facet.dimension(), LABELS.get(facet), options));
            }
        }
        return facets;
    }

    public String getPrevious() {
        return result.hasPrevious() ? link(Map.of("page", String.valueOf(result.page() - 1)), false) : null;
    }

    public String getNext() {
        return result.hasNext() ? link(Map.of("page", String.valueOf(result.page() + 1)), false) : null;
    }

    public int getPage() {
        return result.page();
    }

    public int getPages() {
        return result.pageCount();
    }

    /** This search with some parameters changed ({@code null} drops one); a new filter starts at page 1. */
    private String link(Map<String, String> change, boolean firstPage) {
        Map<String, String> next = new LinkedHashMap<>(params);
        if (firstPage) {
            next.remove("page");
        }
        change.forEach((key, value) -> {
            if (value == null) {
                next.remove(key);
            } else {
                next.put(key, value);
            }
        });
        StringBuilder s = new StringBuilder(url);
        char separator = '?';
        for (Map.Entry<String, String> e : next.entrySet()) {
            s.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = '&';
        }
        return s.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
