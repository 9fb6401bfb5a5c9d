package org.qualityportal.portal.author.pages;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Slugs;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.security.Role;
import org.qualityportal.templating.site.SiteMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site tree: every page from the home page down, and what editors do to pages as wholes: create
 * one under another (with a template allowed there), rename or move it, copy it, delete it. Each
 * change is one save and is noted in the audit log. Publishing lives in {@link PagePublishingController}.
 */
@Controller
@RequestMapping("/author/pages")
class SiteTreeController {
    static final String TREE = "/author/pages";

    private final ContentStore store;
    private final PageTemplates templates;
    private final AuditLog audit;

    SiteTreeController(ContentStore store, PageTemplates templates, AuditLog audit) {
        this.store = store;
        this.templates = templates;
        this.audit = audit;
    }

    @GetMapping({"", "/"})
    String tree(Model model) {
        model.addAttribute("tree", tree());
        return "author/pages/tree";
    }

    @GetMapping("/new")
    String newPage(@RequestParam(defaultValue = SiteMap.SITE_ROOT) String parent, Model model) {
        Content under = page(parent);
        return newForm(model, under, "", "", "", Map.of());
    }

    @PostMapping("/new")
    String create(@RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String template,
                  Principal me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Content under = page(parent);
        String nodeName = name.isBlank() ? Slugs.slug(title) : name.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", "Укажите заголовок страницы.");
        }
        nameProblem(under.path(), nodeName, name.isBlank()).ifPresent(p -> errors.put("name", p));
        if (!templates.isAllowed(template, under.template())) {
            errors.put("template", "Выберите шаблон из списка.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return newForm(model, under, title, name, template, errors);
        }
        String path = under.path() + "/" + nodeName;
        store.writer().upsert(path, NodeData.of(nodeName, Map.of(ContentProperties.TYPE, NodeKind.PAGE,
                ContentProperties.TEMPLATE, template, "title", title.strip())));
        audit.record(me.getName(), AuditAction.CREATED, path, "страница, шаблон «" + templates.title(template) + "»");
        redirect.addFlashAttribute("notice", "Страница «" + title.strip() + "» создана как черновик.");
        return "redirect:" + PageEditorController.href(path);
    }

    @GetMapping("/move")
    String moveForm(@RequestParam(defaultValue = "") String path, Model model) {
        Content page = movable(path);
        return moveForm(model, page, ContentPaths.parent(page.path()), page.name(), Map.of());
    }

    /** Rename (a new name under the same parent), move (another parent), or both at once. */
    @PostMapping("/move")
    String move(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String parent,
                @RequestParam(defaultValue = "") String name, Principal me, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Content page = movable(path);
        SiteTree tree = tree();
        String nodeName = name.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        boolean parentOk = tree.contains(parent) && !parent.equals(page.path()) && !parent.startsWith(page.path() + "/");
        if (!parentOk) {
            errors.put("parent", "Выберите страницу из списка (не саму страницу и не её подстраницы).");
        } else if (!templates.isAllowed(page.template(), page(parent).template())) {
            errors.put("parent", "Под этой страницей шаблон «" + templates.title(page.template()) + "» не разрешён.");
        }
        String target = parent + "/" + nodeName;
        if (!target.equals(page.path())) {
            nameProblem(parent, nodeName, false).ifPresent(p -> errors.put("name", p));
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return moveForm(model, page, parent, name, errors);
        }
        if (target.equals(page.path())) {
            redirect.addFlashAttribute("notice", "Имя и место не изменились.");
            return "redirect:" + PageEditorController.href(page.path());
        }
        boolean published = store.publisher().status(page.path()) != PublicationStatus.NOT_PUBLISHED;
        store.writer().move(page.path(), target);
        audit.record(me.getName(), AuditAction.MOVED, target, "было: " + page.path());
        boolean stillPublic = store.view(Workspace.LIVE).get(target).isPresent();
        redirect.addFlashAttribute("notice", "Страница перенесена: " + target + "."
                + (published && !stillPublic ? " Новая родительская страница не опубликована, поэтому эта страница снята с сайта"
                + " до публикации." : ""));
        return "redirect:" + PageEditorController.href(target);
    }

    @PostMapping("/copy")
    String copy(@RequestParam(defaultValue = "") String path, Principal me, RedirectAttributes redirect) {
        Content page = movable(path);
        String parent = ContentPaths.parent(page.path());
        String name = page.name() + "-kopiya";
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            for (int i = 2; author.get(parent + "/" + name).isPresent(); i++) {
                name = page.name() + "-kopiya-" + i;
            }
        }
        String target = parent + "/" + name;
        store.writer().copy(page.path(), target);
        audit.record(me.getName(), AuditAction.CREATED, target, "копия " + page.path());
        redirect.addFlashAttribute("notice", "Создана копия страницы (с подстраницами): " + target
                + ". Она не опубликована; переименуйте её или перенесите.");
        return "redirect:" + PageEditorController.href(target);
    }

    @GetMapping("/delete")
    String confirmDelete(@RequestParam(defaultValue = "") String path, Model model) {
        Content page = movable(path);
        model.addAttribute("page", page);
        model.addAttribute("title", Workspaces.title(page));
        model.addAttribute("subpages", tree().descendants(page.path()));
        model.addAttribute("published", store.publisher().status(page.path()) != PublicationStatus.NOT_PUBLISHED);
        return "author/pages/delete";
    }

    @PostMapping("/delete")
    String delete(@RequestParam(defaultValue = "") String path, Authentication me, RedirectAttributes redirect) {
        Content page = movable(path);
        boolean published = store.view(Workspace.LIVE).get(page.path()).isPresent();
        if (published && !mayPublish(me)) {
            redirect.addFlashAttribute("notice", "Страница опубликована. Удалить её может только выпускающий редактор.");
            return "redirect:" + PageEditorController.href(page.path());
        }
        if (published) {
            store.publisher().unpublish(page.path(), me.getName());
            audit.record(me.getName(), AuditAction.UNPUBLISHED, page.path(), "перед удалением");
        }
        store.writer().delete(page.path());
        audit.record(me.getName(), AuditAction.DELETED, page.path(), Workspaces.title(page));
        redirect.addFlashAttribute("notice", "Страница «" + Workspaces.title(page) + "» удалена вместе с подстраницами.");
        return "redirect:" + TREE;
    }

    SiteTree tree() {
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            return SiteTree.of(author, store.publisher(), templates);
        }
    }

    /** A page of the site (the home page included); 404 for anything else. */
    Content page(String path) {
        if (!ContentPaths.isValid(path) || !(path.equals(SiteMap.SITE_ROOT) || path.startsWith(SiteMap.SITE_ROOT + "/"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return store.view(Workspace.AUTHOR).get(path).filter(c -> NodeKind.PAGE.equals(c.kind()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A page below the home page: the home page itself is never moved, copied or deleted here. */
    private Content movable(String path) {
        Content page = page(path);
        if (page.path().equals(SiteMap.SITE_ROOT)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page;
    }

    private Optional<String> nameProblem(String parent, String name, boolean fromTitle) {
        if (name.isEmpty()) {
            return Optional.of(fromTitle ? "Укажите заголовок или имя в адресе." : "Укажите имя в адресе.");
        }
        if (!ContentPaths.isValidName(name)) {
            return Optional.of("Имя в адресе: строчные латинские буквы, цифры, дефис и подчёркивание, например o-tsentre.");
        }
        if (store.view(Workspace.AUTHOR).get(parent + "/" + name).isPresent()) {
            return Optional.of("Здесь уже есть страница или материал с именем «" + name + "».");
        }
        return Optional.empty();
    }

    private String newForm(Model model, Content under, String title, String name, String template, Map<String, String> errors) {
        model.addAttribute("parent", under);
        model.addAttribute("parentTitle", Workspaces.title(under));
        model.addAttribute("allowed", templates.allowedUnder(under.template()));
        model.addAttribute("form", Map.of("title", title, "name", name, "template", template));
        model.addAttribute("errors", errors);
        return "author/pages/new";
    }

    private String moveForm(Model model, Content page, String parent, String name, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("title", Workspaces.title(page));
        model.addAttribute("places", tree().places(page.path()));
        model.addAttribute("form", Map.of("parent", parent, "name", name));
        model.addAttribute("errors", errors);
        return "author/pages/move";
    }

    static boolean mayPublish(Authentication me) {
        return me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.PUBLISHER.authority())
                || a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
