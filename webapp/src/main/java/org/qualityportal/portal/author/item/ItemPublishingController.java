package org.qualityportal.portal.author.item;

import java.security.Principal;
import java.util.List;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing one item (with the files it references), taking it off the site, and deleting it.
 * Publishing and unpublishing need a publisher (see the security configuration); an editor may
 * delete only what is not on the public site.
 */
@Controller
@RequestMapping("/author/item")
class ItemPublishingController {
    private final ItemEditing editing;
    private final ContentStore store;
    private final AuditLog audit;

    ItemPublishingController(ItemEditing editing, ContentStore store, AuditLog audit) {
        this.audit = audit;
        this.editing = editing;
        this.store = store;
    }

    @PostMapping("/publish")
    Object publish(@RequestParam(required = false) String path, Principal me, RedirectAttributes redirect) {
        ItemEditing.Editable item = editing.find(path);
        List<String> published = store.publisher().publish(item.path(), me.getName());
        int files = published.size() - 1;
        audit.record(me.getName(), AuditAction.PUBLISHED, item.path(), "");
        published.stream().filter(p -> !p.equals(item.path()))
                .forEach(file -> audit.record(me.getName(), AuditAction.PUBLISHED, file, "вместе с " + item.path()));
        redirect.addFlashAttribute("notice", "Опубликовано на сайте." + (files > 0 ? " Вместе с материалом опубликованы файлы: " + files + "." : ""));
        return Workspaces.seeOther("/author/item?path=" + item.path());
    }

    @PostMapping("/unpublish")
    Object unpublish(@RequestParam(required = false) String path, Principal me, RedirectAttributes redirect) {
        ItemEditing.Editable item = editing.find(path);
        boolean removed = store.publisher().unpublish(item.path(), me.getName());
        if (removed) {
            audit.record(me.getName(), AuditAction.UNPUBLISHED, item.path(), "");
        }
        redirect.addFlashAttribute("notice", removed ? "Материал снят с публикации: на сайте его больше нет."
                : "Материал и так не был опубликован.");
        return Workspaces.seeOther("/author/item?path=" + item.path());
    }

    @GetMapping("/delete")
    String confirmDelete(@RequestParam(required = false) String path, Model model) {
        ItemEditing.Editable item = editing.find(path);
        model.addAttribute("item", item.content());
        model.addAttribute("typeName", item.type().name());
        model.addAttribute("published", store.publisher().status(item.path()) != PublicationStatus.NOT_PUBLISHED);
        return "author/item-delete";
    }

    @PostMapping("/delete")
    Object delete(@RequestParam(required = false) String path, Authentication me, RedirectAttributes redirect) {
        ItemEditing.Editable item = editing.find(path);
        boolean published = store.publisher().status(item.path()) != PublicationStatus.NOT_PUBLISHED;
        if (published && !mayPublish(me)) {
            redirect.addFlashAttribute("notice", "Материал опубликован. Удалить его может только выпускающий редактор: "
                    + "сначала его нужно снять с публикации.");
            return Workspaces.seeOther("/author/item?path=" + item.path());
        }
        if (published) {
            store.publisher().unpublish(item.path(), me.getName());
            audit.record(me.getName(), AuditAction.UNPUBLISHED, item.path(), "перед удалением");
        }
        store.writer().delete(item.path());
        audit.record(me.getName(), AuditAction.DELETED, item.path(), Workspaces.title(item.content()));
        redirect.addFlashAttribute("notice", "Материал «" + Workspaces.title(item.content()) + "» удалён.");
        return Workspaces.seeOther("/author/content/" + item.type().name());
    }

    private static boolean mayPublish(Authentication me) {
        return me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.PUBLISHER.authority())
                || a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
