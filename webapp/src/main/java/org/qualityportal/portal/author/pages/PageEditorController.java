package org.qualityportal.portal.author.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentWriter;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.author.form.Form;
import org.qualityportal.portal.author.form.FormBinder;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.portal.author.item.ItemEditing;
import org.qualityportal.portal.author.item.StoredItem;
import org.qualityportal.templating.definition.AreaDefinition;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.ContentValidator;
import org.qualityportal.templating.definition.DialogDefinition;
import org.qualityportal.templating.site.SiteMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page editor: a page's own fields (its template's dialog), and per area of its template the
 * components in order, to add (from the area's {@code availableComponents}), move up or down, remove,
 * and edit through their dialogs. Every change is one save of the page and marks it as changed since
 * publishing; the public site keeps the published page until it is published again.
 */
@Controller
@RequestMapping("/author/page")
class PageEditorController {
    private final ContentStore store;
    private final SiteTreeController tree;
    private final PageTemplates templates;
    private final ItemEditing forms;
    private final AuditLog audit;

    PageEditorController(ContentStore store, SiteTreeController tree, PageTemplates templates, ItemEditing forms,
                         AuditLog audit) {
        this.store = store;
        this.tree = tree;
        this.templates = templates;
        this.forms = forms;
        this.audit = audit;
    }

    static String href(String path) {
        return "/author/page?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** One component as the editor lists it. */
    public record ComponentRow(String name, String title, String summary, boolean editable, boolean first, boolean last) {
    }

    /** One area: its components and the ones that may be added. */
    public record AreaView(String name, String title, List<ComponentRow> components, List<Choice> available) {
    }

    public record Choice(String id, String title) {
    }

    @GetMapping
    String edit(@RequestParam(defaultValue = "") String path, Model model) {
        Content page = tree.page(path);
        DialogDefinition dialog = pageDialog(page);
        NodeData node = own(page.path());
        return editor(model, page, node, forms.form(dialog.asContentType(), StoredItem.values(dialog.fields(), node), List.of()));
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String path, HttpServletRequest request, HttpServletResponse response,
                Principal me, Model model, RedirectAttributes redirect) {
        Content page = tree.page(path);
        DialogDefinition dialog = pageDialog(page);
        ContentTypeDefinition type = dialog.asContentType();
        FormValues values = FormBinder.bind(dialog.fields(), request.getParameterMap());
        List<ContentValidator.Problem> problems = ItemEditing.validate(type, values);
        NodeData node = own(page.path());
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return editor(model, page, node, forms.form(type, values, problems));
        }
        saved(me, page.path(), StoredItem.merge(dialog.fields(), node, values), "свойства страницы", redirect);
        return "redirect:" + href(page.path());
    }

    @PostMapping("/components/add")
    String add(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String area,
               @RequestParam(defaultValue = "") String template, Principal me, RedirectAttributes redirect) {
        Content page = tree.page(path);
        AreaDefinition areaDefinition = area(page, area);
        if (!areaDefinition.availableComponents().contains(template)) {
            redirect.addFlashAttribute("notice", "Такой компонент в область «" + areaDefinition.title() + "» добавить нельзя.");
            return "redirect:" + href(page.path());
        }
        NodeData node = own(page.path());
        String name = PageNodes.freeName(node, area, template.substring(template.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT));
        NodeData component = NodeData.of(name, Map.of(ContentProperties.TYPE, NodeKind.COMPONENT, ContentProperties.TEMPLATE, template));
        saved(me, page.path(), PageNodes.add(node, area, component), "добавлен компонент «" + templates.title(template) + "»", redirect);
        if (templates.dialog(template).isPresent()) {
            return "redirect:" + componentHref(page.path(), area, name);
        }
        return "redirect:" + href(page.path());
    }

    @PostMapping("/components/shift")
    String shift(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String area,
                 @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int step, Principal me,
                 RedirectAttributes redirect) {
        Content page = tree.page(path);
        NodeData node = own(page.path());
        component(node, area, name);
        saved(me, page.path(), PageNodes.shift(node, area, name, Integer.signum(step)), "порядок компонентов", redirect);
        return "redirect:" + href(page.path()) + "#area-" + area;
    }

    @PostMapping("/components/remove")
    String remove(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String area,
                  @RequestParam(defaultValue = "") String name, Principal me, RedirectAttributes redirect) {
        Content page = tree.page(path);
        NodeData node = own(page.path());
        NodeData component = component(node, area, name);
        saved(me, page.path(), PageNodes.remove(node, area, name),
                "удалён компонент «" + templates.title((String) component.properties().get(ContentProperties.TEMPLATE)) + "»", redirect);
        return "redirect:" + href(page.path()) + "#area-" + area;
    }

    @GetMapping("/component")
    String editComponent(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String area,
                         @RequestParam(defaultValue = "") String name, Model model) {
        Content page = tree.page(path);
        NodeData component = component(own(page.path()), area, name);
        DialogDefinition dialog = componentDialog(component);
        return componentEditor(model, page, area, name, dialog,
                forms.form(dialog.asContentType(), StoredItem.values(dialog.fields(), component), List.of()));
    }

    @PostMapping("/component")
    String saveComponent(@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String area,
                         @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                         HttpServletResponse response, Principal me, Model model, RedirectAttributes redirect) {
        Content page = tree.page(path);
        NodeData node = own(page.path());
        NodeData component = component(node, area, name);
        DialogDefinition dialog = componentDialog(component);
        ContentTypeDefinition type = dialog.asContentType();
        FormValues values = FormBinder.bind(dialog.fields(), request.getParameterMap());
        List<ContentValidator.Problem> problems = ItemEditing.validate(type, values);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return componentEditor(model, page, area, name, dialog, forms.form(type, values, problems));
        }
        NodeData changed = PageNodes.replace(node, area, name, old -> StoredItem.merge(dialog.fields(), old, values));
        saved(me, page.path(), changed, "компонент «" + dialog.label() + "»", redirect);
        return "redirect:" + href(page.path()) + "#area-" + area;
    }

    private void saved(Principal me, String path, NodeData node, String what, RedirectAttributes redirect) {
        boolean changed = store.writer().upsert(path, node) != ContentWriter.UpsertResult.UNCHANGED;
        if (changed) {
            audit.record(me.getName(), AuditAction.CHANGED, path, what);
        }
        redirect.addFlashAttribute("notice", changed
                ? "Изменения сохранены (" + what + "). На открытом сайте они появятся после публикации."
                : "Изменений нет: сохранять было нечего.");
    }

    private String editor(Model model, Content page, NodeData node, Form form) {
        PublicationStatus status = store.publisher().status(page.path());
        List<AreaView> areas = new ArrayList<>();
        for (AreaDefinition area : templates.areas(page.template())) {
            List<NodeData> components = PageNodes.components(node, area.name());
            List<ComponentRow> rows = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                NodeData c = components.get(i);
                String template = (String) c.properties().get(ContentProperties.TEMPLATE);
                rows.add(new ComponentRow(c.name(), templates.title(template), summary(c),
                        templates.dialog(template).isPresent(), i == 0, i == components.size() - 1));
            }
            List<Choice> available = area.availableComponents().stream()
                    .map(id -> new Choice(id, templates.title(id))).toList();
            areas.add(new AreaView(area.name(), area.title(), rows, available));
        }
        model.addAttribute("page", page);
        model.addAttribute("title", Workspaces.title(page));
        model.addAttribute("template", templates.title(page.template()));
        model.addAttribute("statusLabel", Workspaces.statusLabel(status));
        model.addAttribute("statusClass", Workspaces.statusClass(status));
        model.addAttribute("published", status != PublicationStatus.NOT_PUBLISHED);
        model.addAttribute("publicUrl", store.view(Workspace.LIVE).get(page.path()).isPresent() ? publicUrl(page.path()) : null);
        model.addAttribute("isHome", page.path().equals(SiteMap.SITE_ROOT));
        model.addAttribute("areas", areas);
        model.addAttribute("form", form);
        return "author/pages/page";
    }

    private String componentEditor(Model model, Content page, String area, String name, DialogDefinition dialog, Form form) {
        model.addAttribute("page", page);
        model.addAttribute("title", Workspaces.title(page));
        model.addAttribute("area", area(page, area));
        model.addAttribute("name", name);
        model.addAttribute("dialog", dialog);
        model.addAttribute("form", form);
        model.addAttribute("action", componentHref(page.path(), area, name));
        return "author/pages/component";
    }

    static String componentHref(String path, String area, String name) {
        return "/author/page/component?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&area="
                + URLEncoder.encode(area, StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static String publicUrl(String path) {
        return path.equals(SiteMap.SITE_ROOT) ? "/" : path.substring(SiteMap.SITE_ROOT.length());
    }

    /** A few words of the component's first text value, to tell components of one kind apart. */
    private static String summary(NodeData component) {
        for (Map.Entry<String, Object> e : component.properties().entrySet()) {
            if (!e.getKey().startsWith(ContentProperties.PREFIX) && e.getValue() instanceof String text && !text.isBlank()) {
                String plain = text.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
                return plain.length() > 90 ? plain.substring(0, 89) + "…" : plain;
            }
        }
        return "";
    }

    private NodeData own(String path) {
        return PageNodes.own(store.view(Workspace.AUTHOR).tree(path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private DialogDefinition pageDialog(Content page) {
        return templates.dialog(page.template()).orElseGet(() -> new DialogDefinition(page.template(), "Страница", List.of()));
    }

    private DialogDefinition componentDialog(NodeData component) {
        String template = (String) component.properties().get(ContentProperties.TEMPLATE);
        return templates.dialog(template).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AreaDefinition area(Content page, String area) {
        return templates.area(page.template(), area).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static NodeData component(NodeData page, String area, String name) {
        return PageNodes.component(page, area, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
