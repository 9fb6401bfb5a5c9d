package org.qualityportal.portal.author.item;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.seo.BaseUrl;
import org.qualityportal.portal.site.PublicPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The draft of a page or item rendered by the public templates, before anyone publishes it. */
@Controller
class ItemPreviewController {
    private final PublicPages pages;
    private final BaseUrl baseUrl;

    ItemPreviewController(PublicPages pages, BaseUrl baseUrl) {
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/author/preview")
    ResponseEntity<String> preview(@RequestParam(required = false) String path, HttpServletRequest request) {
        if (path == null || !org.qualityportal.content.ContentPaths.isValid(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pages.preview(path, baseUrl.of(request))
                .map(html -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML).header("X-Robots-Tag", "noindex")
                        .body(html))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
