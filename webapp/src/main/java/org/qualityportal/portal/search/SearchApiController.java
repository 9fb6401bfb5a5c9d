package org.qualityportal.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.search.FacetValue;
import org.qualityportal.search.SearchFacet;
import org.qualityportal.search.SearchResult;
import org.qualityportal.search.SearchService;
import org.qualityportal.search.TitleSuggestion;
import org.qualityportal.templating.models.SearchRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/search}: the search page's capabilities as JSON, anonymous and read-only, fed from the
 * live tree only. Any input gives an answer (200), never an error: a query that cannot be read comes
 * back with no hits and a {@code message}.
 */
@RestController
@ConditionalOnWebApplication
class SearchApiController {
    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record Hit(String title, String type, String typeLabel, String date, String url, String snippet, String attachment) {
    }

    record Answer(String query, long total, int page, int pages, List<Hit> hits, Map<String, List<FacetValue>> facets,
                  String suggestion, boolean suggestionApplied, String message) {
    }

    @GetMapping("/api/search")
    Answer search(@RequestParam Map<String, String> params) {
        SearchResult result = search.search(SearchRequest.of(params));
        List<Hit> hits = result.hits().stream().map(h -> new Hit(h.title(), h.type(), h.typeLabel(),
                h.date() == null ? null : h.date().toString(), h.url(), h.snippetHtml(), h.attachment())).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            facets.put(facet.dimension(), result.facet(facet));
        }
        return new Answer(result.query(), result.total(), result.page(), result.pageCount(), hits, facets,
                result.suggestion(), result.suggestionApplied(), result.message());
    }

    @GetMapping("/api/search/suggest")
    List<TitleSuggestion> suggest(@RequestParam(defaultValue = "") String q) {
        return search.suggest(q, 8);
    }
}
