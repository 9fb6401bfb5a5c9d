package org.qualityportal.portal.author.item;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Slugs;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.author.form.FormBinder;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.portal.author.form.LinkChoices;
import org.qualityportal.portal.author.form.TypedValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.ContentValidator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating an item of a content type: the folder it goes into, its address name (made from the
 * title when left empty) and its fields. It is created as a draft: nothing is public until published.
 */
@Controller
@RequestMapping("/author/content/{type}/new")
class NewItemController {
    private final ItemEditing editing;
    private final ItemPages pages;
    private final ContentStore store;
    private final AuditLog audit;

    NewItemController(ItemEditing editing, ItemPages pages, ContentStore store, AuditLog audit) {
        this.audit = audit;
        this.editing = editing;
        this.pages = pages;
        this.store = store;
    }

    @GetMapping
    Object form(@PathVariable String type, @RequestParam(required = false) String folder, Model model) {
        ContentTypeDefinition definition = editing.type(type);
        if (definition.fields().stream().anyMatch(f -> "binary".equals(f.type()))) {
            return Workspaces.seeOther("/author/assets");
        }
        List<LinkChoices.Target> folders = editing.folders(definition);
        String chosen = folder != null && isAmong(folders, folder) ? folder : folders.get(0).path();
        model.addAttribute("page", pages.create(definition, folders, chosen, "", null,
                editing.form(definition, FormValues.fromStored(definition.fields(), Map.of(), Map.of()), List.of())));
        return "author/item-new";
    }

    @PostMapping
    Object create(@PathVariable String type, @RequestParam(defaultValue = "") String folder,
                  @RequestParam(defaultValue = "") String name, HttpServletRequest request, HttpServletResponse response,
                  Principal me, Model model, RedirectAttributes redirect) {
        ContentTypeDefinition definition = editing.type(type);
        FormValues values = FormBinder.bind(definition.fields(), request.getParameterMap());
        List<LinkChoices.Target> folders = editing.folders(definition);
        String nodeName = name.isBlank() ? Slugs.slug(values.first("title")) : name.strip();
        String addRow = request.getParameter(ItemController.ADD_ROW);
        if (addRow != null) {
            model.addAttribute("page", pages.create(definition, folders, folder, name, null,
                    editing.form(definition, RowAdder.withEmptyRow(definition, values, addRow), List.of())));
            return "author/item-new";
        }
        String placeError = placeProblem(folders, folder, nodeName);
        List<ContentValidator.Problem> problems = ItemEditing.validate(definition, values);
        if (placeError != null || !problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", pages.create(definition, folders, folder, name, placeError,
                    editing.form(definition, values, problems)));
            return "author/item-new";
        }
        String path = folder + "/" + nodeName;
        store.writer().upsert(path, node(definition, nodeName, values));
        audit.record(me.getName(), AuditAction.CREATED, path, definition.label());
        redirect.addFlashAttribute("notice", "Материал создан как черновик. Опубликуйте его, чтобы он появился на сайте.");
        return Workspaces.seeOther("/author/item?path=" + path);
    }

    private String placeProblem(List<LinkChoices.Target> folders, String folder, String name) {
        if (!isAmong(folders, folder)) {
            return "Выберите папку из списка.";
        }
        if (!ContentPaths.isValidName(name)) {
            return name.isEmpty() ? "Укажите название: адрес страницы составляется из него."
                    : "Адрес может состоять только из строчных латинских букв, цифр и дефисов.";
        }
        if (store.view(Workspace.AUTHOR).get(folder + "/" + name).isPresent()) {
            return "В этой папке уже есть материал с адресом «" + name + "». Укажите другой адрес.";
        }
        return null;
    }

    private static boolean isAmong(List<LinkChoices.Target> folders, String folder) {
        return folders.stream().anyMatch(t -> t.path().equals(folder));
    }

    private static NodeData node(ContentTypeDefinition type, String name, FormValues values) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ContentProperties.TYPE, NodeKind.ITEM);
        properties.put(ContentProperties.CONTENT_TYPE, type.name());
        if (type.template() != null) {
            properties.put(ContentProperties.TEMPLATE, type.template());
        }
        properties.putAll(TypedValues.properties(type.fields(), values));
        return new NodeData(name, properties, new ArrayList<>(TypedValues.areas(type.fields(), values)));
    }
}
