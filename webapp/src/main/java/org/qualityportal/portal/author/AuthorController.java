package org.qualityportal.portal.author;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
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
 * configuration), each noted in the audit log. Many units at once go through {@link Jobs}.
 */
@Controller
@RequestMapping("/author")
class AuthorController {
    private final ContentStore store;
    private final LightModuleRegistry registry;
    private final BulkPublishing bulk;
    private final Jobs jobs;

    AuthorController(ContentStore store, LightModuleRegistry registry, BulkPublishing bulk, Jobs jobs) {
        this.store = store;
        this.registry = registry;
        this.bulk = bulk;
        this.jobs = jobs;
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
    String list(@PathVariable String type, @RequestParam Map<String, String> params, Model model) {
        ContentTypeDefinition definition = type(type);
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            model.addAttribute("list", ContentList.of(author, store.publisher(), definition, ListQuery.of(params),
                    registry.messages("ru")));
        }
        return "author/list";
    }

    @PostMapping("/content/{type}/publish")
    String publish(@PathVariable String type, @RequestParam(required = false) List<String> paths,
                   @RequestParam(defaultValue = "") String back, Principal me, RedirectAttributes redirect) {
        ContentTypeDefinition definition = type(type);
        List<String> chosen = chosen(definition, paths);
        if (chosen.size() > BulkPublishing.AT_ONCE_LIMIT) {
            Job job = jobs.start("Публикация выбранного: " + definition.label() + ", " + chosen.size() + " шт.", me.getName(),
                    listHref(type, back), progress -> "Опубликовано: " + bulk.publish(chosen, me.getName(), progress) + ".");
            return "redirect:/author/jobs/" + job.id();
        }
        int published = bulk.publish(chosen, me.getName(), BulkPublishing.UNWATCHED);
        redirect.addFlashAttribute("notice", chosen.isEmpty() ? "Ничего не выбрано." : "Опубликовано: " + published + ".");
        return "redirect:" + listHref(type, back);
    }

    @PostMapping("/content/{type}/unpublish")
    String unpublish(@PathVariable String type, @RequestParam(required = false) List<String> paths,
                     @RequestParam(defaultValue = "") String back, Principal me, RedirectAttributes redirect) {
        ContentTypeDefinition definition = type(type);
        List<String> chosen = chosen(definition, paths);
        if (chosen.size() > BulkPublishing.AT_ONCE_LIMIT) {
            Job job = jobs.start("Снятие с публикации выбранного: " + definition.label() + ", " + chosen.size() + " шт.",
                    me.getName(), listHref(type, back),
                    progress -> "Снято с публикации: " + bulk.unpublish(chosen, me.getName(), progress) + ".");
            return "redirect:/author/jobs/" + job.id();
        }
        int removed = bulk.unpublish(chosen, me.getName(), BulkPublishing.UNWATCHED);
        redirect.addFlashAttribute("notice", chosen.isEmpty() ? "Ничего не выбрано." : "Снято с публикации: " + removed + ".");
        return "redirect:" + listHref(type, back);
    }

    /**
     * Publishes the type's whole tree: its folders and items, each before what is under it, as a job
     * whose page shows the progress.
     */
    @PostMapping("/content/{type}/publish-tree")
    String publishTree(@PathVariable String type, Principal me) {
        ContentTypeDefinition definition = type(type);
        String root = "/" + definition.tree();
        Job job = jobs.start("Публикация раздела " + root + " целиком (" + definition.label() + ")", me.getName(),
                listHref(type, ""), progress -> {
                    List<String> units = bulk.units(root);
                    int published = bulk.publish(units, me.getName(), progress);
                    return "Опубликовано: " + published + " из " + units.size() + ".";
                });
        return "redirect:/author/jobs/" + job.id();
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
    private static String listHref(String type, String query) {
        String safe = query.matches("\\?[A-Za-z0-9%&=._~+-]*") ? query : "";
        return "/author/content/" + type + safe;
    }

    public record TypeCount(String name, String label, int count) {
    }
}
