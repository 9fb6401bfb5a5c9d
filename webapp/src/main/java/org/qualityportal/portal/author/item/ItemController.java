package org.qualityportal.portal.author.item;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentWriter;
import org.qualityportal.content.NodeData;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.author.form.FormBinder;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.ContentValidator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of one item: a form generated from its content type. Saving validates first; a form
 * with problems comes back (422) with everything as typed and each problem beside its field.
 * "Add a row" re-shows the form with one more row of a composite field, without saving.
 */
@Controller
@RequestMapping("/author/item")
class ItemController {
    static final String ADD_ROW = "_addRow";

    private final ItemEditing editing;
    private final ItemPages pages;
    private final ContentStore store;
    private final AuditLog audit;

    ItemController(ItemEditing editing, ItemPages pages, ContentStore store, AuditLog audit) {
        this.audit = audit;
        this.editing = editing;
        this.pages = pages;
        this.store = store;
    }

    @GetMapping
    String edit(@RequestParam(required = false) String path, Model model) {
        ItemEditing.Editable item = editing.find(path);
        FormValues values = StoredItem.values(item.type().fields(), editing.tree(item.path()));
        model.addAttribute("page", pages.edit(item, editing.form(item.type(), values, List.of())));
        return "author/item";
    }

    @PostMapping
    Object save(@RequestParam(required = false) String path, HttpServletRequest request, HttpServletResponse response,
                Principal me, Model model, RedirectAttributes redirect) {
        ItemEditing.Editable item = editing.find(path);
        ContentTypeDefinition type = item.type();
        FormValues values = FormBinder.bind(type.fields(), request.getParameterMap());
        String addRow = request.getParameter(ADD_ROW);
        if (addRow != null) {
            model.addAttribute("page", pages.edit(item, editing.form(type, RowAdder.withEmptyRow(type, values, addRow), List.of())));
            return "author/item";
        }
        List<ContentValidator.Problem> problems = ItemEditing.validate(type, values);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("page", pages.edit(item, editing.form(type, values, problems)));
            return "author/item";
        }
        NodeData merged = StoredItem.merge(type.fields(), editing.tree(item.path()), values);
        boolean changed = store.writer().upsert(item.path(), merged) != ContentWriter.UpsertResult.UNCHANGED;
        if (changed) {
            audit.record(me.getName(), AuditAction.CHANGED, item.path(), "");
        }
        redirect.addFlashAttribute("notice", changed
                ? "Изменения сохранены. На открытом сайте они появятся после публикации."
                : "Изменений нет: сохранять было нечего.");
        return Workspaces.seeOther("/author/item?path=" + item.path());
    }
}
