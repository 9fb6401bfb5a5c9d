package org.qualityportal.portal.author;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Publisher;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The content apps: a dashboard of the light modules' content types and, per type, the list of its
 * items in the author tree with bulk publish and unpublish (publishers and admins; see the security
 * configuration), each noted in the audit log.
 */
@Controller
@RequestMapping("/author")
class AuthorController {
    private final ContentStore store;
    private final LightModuleRegistry registry;
    private final AuditLog audit;

    AuthorController(ContentStore store, LightModuleRegistry registry, AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping({"", "/"})
    String dashboard(Model model) {
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            List<TypeCount> types = registry.contentTypes().stream()
                    .sorted(Comparator.comparing(ContentTypeDefinition::label))
                    .map(t -> new TypeCount(t.name(), t.label(), TypeItems.of(author, t).size()))
                    .toList();
            model.addAttribute("types", types);
        }
        return "author/dashboard";
    }

    @GetMapping("/content/{type}")
    String list(@PathVariable String type, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) String page, Model model) {
        ContentTypeDefinition definition = type(type);
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            model.addAttribute("list", ContentList.of(author, store.publisher(), definition, ListQuery.of(q, sort, dir, page)));
        }
        return "author/list";
    }

    @PostMapping("/content/{type}/publish")
    String publish(@PathVariable String type, @RequestParam(required = false) List<String> paths,
                   @RequestParam(defaultValue = "") String back, Principal me, RedirectAttributes redirect) {
        List<String> chosen = chosen(type(type), paths);
        Publisher publisher = store.publisher();
        for (String path : chosen) {
            List<String> published = publisher.publish(path, me.getName());
            audit.record(me.getName(), AuditAction.PUBLISHED, path, "");
            published.stream().skip(1).forEach(asset ->
                    audit.record(me.getName(), AuditAction.PUBLISHED, asset, "вместе с " + path));
        }
        redirect.addFlashAttribute("notice", chosen.isEmpty() ? "Ничего не выбрано." : "Опубликовано: " + chosen.size() + ".");
        return back(type, back);
    }

    @PostMapping("/content/{type}/unpublish")
    String unpublish(@PathVariable String type, @RequestParam(required = false) List<String> paths,
                     @RequestParam(defaultValue = "") String back, Principal me, RedirectAttributes redirect) {
        List<String> chosen = chosen(type(type), paths);
        Publisher publisher = store.publisher();
        long removed = 0;
        for (String path : chosen) {
            if (publisher.unpublish(path, me.getName())) {
                audit.record(me.getName(), AuditAction.UNPUBLISHED, path, "");
                removed++;
            }
        }
        redirect.addFlashAttribute("notice", chosen.isEmpty() ? "Ничего не выбрано." : "Снято с публикации: " + removed + ".");
        return back(type, back);
    }

    private ContentTypeDefinition type(String name) {
        return registry.contentType(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The posted paths that really are items of the type in the author tree; anything else is ignored. */
    private List<String> chosen(ContentTypeDefinition type, List<String> paths) {
        if (paths == null) {
            return List.of();
        }
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            return paths.stream().distinct().filter(ContentPaths::isValid)
                    .filter(p -> author.get(p).filter(c -> TypeItems.isOf(c, type)).isPresent())
                    .toList();
        }
    }

    /** Back to the list as it was (filter, sort, page): only a query string is accepted, never another address. */
    private static String back(String type, String query) {
        String safe = query.matches("\\?[A-Za-z0-9%&=._~+-]*") ? query : "";
        return "redirect:/author/content/" + type + safe;
    }

    public record TypeCount(String name, String label, int count) {
    }
}
