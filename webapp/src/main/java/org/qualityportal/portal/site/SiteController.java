package org.qualityportal.portal.site;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.seo.BaseUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The public site: any URL not claimed by a more specific handler is a page of the live tree. */
@Controller
class SiteController {
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicPages pages;
    private final BaseUrl baseUrl;

    SiteController(PublicPages pages, BaseUrl baseUrl) {
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/**")
    ResponseEntity<String> page(HttpServletRequest request) {
        String url = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, v.length > 0 ? v[0] : ""));
        Map<String, Object> extras = Map.of(LowVision.TEMPLATE_FLAG, LowVision.isOn(request));
        return pages.render(url, parameters, baseUrl.of(request), extras)
                .map(html -> ResponseEntity.ok().contentType(HTML).varyBy(HttpHeaders.COOKIE).body(html))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
