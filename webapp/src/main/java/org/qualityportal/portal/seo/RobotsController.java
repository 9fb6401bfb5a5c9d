package org.qualityportal.portal.seo;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: every public page may be crawled; the editors' area, the APIs, the login and
 * search result pages (endless query variants of pages that are reachable anyway) may not.
 */
@Controller
class RobotsController {
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    static final String RULES = """
            User-agent: *
            Allow: /
            Disallow: /author
            Disallow: /api/
            Disallow: /login
            Disallow: /search?
            Disallow: /actuator/
            """;

    private final BaseUrl baseUrl;

    RobotsController(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(TEXT)
                .body(RULES + "\nSitemap: " + baseUrl.of(request) + "/sitemap.xml\n");
    }
}
