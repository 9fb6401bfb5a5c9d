package org.qualityportal.portal.seo;

import java.util.stream.Stream;

import org.qualityportal.content.Content;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.stereotype.Component;

/** Builds the {@link PageHead} of a live page; page scripts see it as {@code seo}. */
@Component
public class PageHeads {
    /** The name under which page scripts find the head model. */
    public static final String MODEL_NAME = "seo";
    static final String LANGUAGE = "ru";
    static final String LOCALE = "ru_RU";
    /** Content fields that describe an item or page, best first (the same order the layout's meta description uses). */
    static final String[] DESCRIPTION_FIELDS = {"description", "summary", "lead"};

    private final LightModuleRegistry registry;
    private final PageRenderer renderer;

    PageHeads(LightModuleRegistry registry, PageRenderer renderer) {
        this.registry = registry;
        this.renderer = renderer;
    }

    public PageHead of(Content page, String baseUrl) {
        boolean item = NodeKind.ITEM.equals(page.kind());
        return new PageHead(baseUrl + renderer.site().link(page), item ? "article" : "website", title(page),
                description(page), siteName(), LOCALE);
    }

    String siteName() {
        return registry.messages(LANGUAGE).getOrDefault("site.name", "");
    }

    static String title(Content content) {
        String title = content.string("title");
        return title == null || title.isBlank() ? content.name() : title.strip();
    }

    static String description(Content content) {
        return Stream.of(DESCRIPTION_FIELDS).map(content::string)
                .filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse("");
    }
}
