package org.qualityportal.portal.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only JSON delivery API over the live workspace: {@code /api/delivery/{type}} lists a
 * content type's published items, {@code /api/delivery/{type}/{idOrPath}} gives one, and
 * {@code /api/delivery/openapi.json} describes both for every type. Public data, so any origin may
 * read it.
 */
@RestController
@RequestMapping(OpenApiDocument.BASE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 3600)
class DeliveryController {
    /** Published content changes by publishing; a minute of staleness is acceptable for readers. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final ContentStore store;
    private final LightModuleRegistry registry;
    private final PageRenderer renderer;

    DeliveryController(ContentStore store, LightModuleRegistry registry, PageRenderer renderer) {
        this.store = store;
        this.registry = registry;
        this.renderer = renderer;
    }

    @GetMapping("/openapi.json")
    ResponseEntity<ObjectNode> openApi() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(OpenApiDocument.of(registry.contentTypes()));
    }

    @GetMapping("/{type}")
    ResponseEntity<Map<String, Object>> list(@PathVariable String type, @RequestParam MultiValueMap<String, String> parameters) {
        ContentTypeDefinition definition = type(type);
        DeliveryQuery query = DeliveryQuery.parse(definition, parameters);
        try (ContentSession live = store.open(Workspace.LIVE)) {
            List<Content> found = LiveItems.of(live, definition).stream().filter(query::matches)
                    .collect(Collectors.toCollection(ArrayList::new));
            query.comparator().ifPresent(found::sort);
            ItemJson json = new ItemJson(live, renderer.site());
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("total", found.size());
            page.put("offset", query.offset());
            page.put("limit", query.limit());
            page.put("items", found.stream().skip(query.offset()).limit(query.limit())
                    .map(item -> json.item(item, definition)).toList());
            return ResponseEntity.ok().cacheControl(CACHE).body(page);
        }
    }

    /** The rest of the URL after the type is an id or a path inside the type's tree, and may hold slashes. */
    @GetMapping("/{type}/**")
    ResponseEntity<Map<String, Object>> item(@PathVariable String type, HttpServletRequest request) {
        ContentTypeDefinition definition = type(type);
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = OpenApiDocument.BASE + "/" + type + "/";
        String idOrPath = UriUtils.decode(uri.substring(Math.min(uri.length(), prefix.length())), StandardCharsets.UTF_8);
        try (ContentSession live = store.open(Workspace.LIVE)) {
            Content item = LiveItems.find(live, definition, idOrPath).orElseThrow(() -> DeliveryException.notFound(
                    "Опубликованный элемент «" + idOrPath + "» типа «" + type + "» не найден."));
            return ResponseEntity.ok().cacheControl(CACHE).body(new ItemJson(live, renderer.site()).item(item, definition));
        }
    }

    private ContentTypeDefinition type(String name) {
        return registry.contentType(name).orElseThrow(() -> DeliveryException.notFound(
                "Тип содержимого «" + name + "» не найден. Есть типы: " + String.join(", ", registry.contentTypes().stream()
                        .map(ContentTypeDefinition::name).sorted().toList()) + "."));
    }
}
