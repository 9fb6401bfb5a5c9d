package org.qualityportal.portal.author.item;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.VersionInfo;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
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
 * An item's history: every published version with who published it and when, any two states
 * compared field by field (the current draft included), and restoring a version as a new draft —
 * the public keeps seeing what is published until someone publishes again.
 */
@Controller
@RequestMapping("/author/item")
class ItemVersionsController {
    /** The current draft in the author tree, as a comparison side. */
    private static final String DRAFT = "draft";

    private final ItemEditing editing;
    private final ContentStore store;
    private final AuditLog audit;

    ItemVersionsController(ItemEditing editing, ContentStore store, AuditLog audit) {
        this.audit = audit;
        this.editing = editing;
        this.store = store;
    }

    @GetMapping("/versions")
    String history(@RequestParam(required = false) String path, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        ItemEditing.Editable item = editing.find(path);
        List<VersionInfo> infos = store.publisher().versions(item.path());
        List<ItemPages.Version> versions = new java.util.ArrayList<>(infos.stream()
                .map(v -> new ItemPages.Version(v.number(), Workspaces.dateTime(v.created()), v.author())).toList());
        java.util.Collections.reverse(versions);
        String right = side(to, infos, DRAFT);
        String left = side(from, infos, infos.isEmpty() ? DRAFT : String.valueOf(infos.get(infos.size() - 1).number()));
        ContentTypeDefinition type = item.type();
        List<VersionComparison.Line> lines = VersionComparison.compare(type, values(item, left), values(item, right),
                editing.messages());
        model.addAttribute("page", new ItemPages.HistoryPage(item.path(), Workspaces.title(item.content()), type.name(), versions,
                left, right, label(left), label(right), lines));
        return "author/item-versions";
    }

    @PostMapping("/restore")
    Object restore(@RequestParam(required = false) String path, @RequestParam(defaultValue = "0") int version,
                   Principal me, RedirectAttributes redirect) {
        ItemEditing.Editable item = editing.find(path);
        NodeData old = store.publisher().version(item.path(), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FormValues values = StoredItem.values(item.type().fields(), old);
        store.writer().upsert(item.path(), StoredItem.merge(item.type().fields(), editing.tree(item.path()), values));
        audit.record(me.getName(), AuditAction.RESTORED, item.path(), "версия " + version);
        redirect.addFlashAttribute("notice", "Восстановлена версия " + version + " — как черновик. "
                + "На сайте она появится после публикации.");
        return Workspaces.seeOther("/author/item?path=" + item.path());
    }

    private FormValues values(ItemEditing.Editable item, String side) {
        NodeData node = DRAFT.equals(side) ? editing.tree(item.path())
                : store.publisher().version(item.path(), Integer.parseInt(side)).orElseThrow();
        return StoredItem.values(item.type().fields(), node);
    }

    /** A requested side if it names a version that exists, else the fallback. */
    private static String side(String requested, List<VersionInfo> versions, String fallback) {
        if (DRAFT.equals(requested)) {
            return DRAFT;
        }
        return versions.stream().map(v -> String.valueOf(v.number())).filter(n -> n.equals(requested)).findFirst()
                .orElse(fallback);
    }

    private static String label(String side) {
        return DRAFT.equals(side) ? "Текущий черновик" : "Версия " + side;
    }
}
