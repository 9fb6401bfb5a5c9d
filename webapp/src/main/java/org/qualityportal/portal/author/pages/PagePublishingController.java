package org.qualityportal.portal.author.pages;

import java.security.Principal;
import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.author.BulkPublishing;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.templating.site.SiteMap;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing pages (publishers and admins; see the security configuration): one page with its
 * components and the files they reference, a page with everything under it as a job, or taking a page
 * (and so everything under it) off the site.
 */
@Controller
@RequestMapping("/author/pages")
class PagePublishingController {
    private final ContentStore store;
    private final SiteTreeController tree;
    private final BulkPublishing bulk;
    private final Jobs jobs;
    private final AuditLog audit;

    PagePublishingController(ContentStore store, SiteTreeController tree, BulkPublishing bulk, Jobs jobs, AuditLog audit) {
        this.store = store;
        this.tree = tree;
        this.bulk = bulk;
        this.jobs = jobs;
        this.audit = audit;
    }

    @PostMapping("/publish")
    String publish(@RequestParam(defaultValue = "") String path, Principal me, RedirectAttributes redirect) {
        Content page = tree.page(path);
        String missing = unpublishedAncestor(page.path());
        if (missing != null) {
            redirect.addFlashAttribute("notice", "Сначала опубликуйте страницу выше: " + missing
                    + ". Без неё эта страница на сайте не откроется.");
            return "redirect:" + PageEditorController.href(page.path());
        }
        int published = bulk.publish(List.of(page.path()), me.getName(), BulkPublishing.UNWATCHED);
        redirect.addFlashAttribute("notice", published == 1 ? "Страница опубликована на сайте." : "Страницу опубликовать не удалось.");
        return "redirect:" + PageEditorController.href(page.path());
    }

    @PostMapping("/publish-tree")
    String publishTree(@RequestParam(defaultValue = "") String path, Principal me) {
        Content page = tree.page(path);
        Job job = jobs.start("Публикация страницы «" + Workspaces.title(page) + "» со всеми подстраницами", me.getName(),
                PageEditorController.href(page.path()), progress -> {
                    List<String> units = bulk.units(page.path());
                    int published = bulk.publish(units, me.getName(), progress);
                    return "Опубликовано: " + published + " из " + units.size() + ".";
                });
        return "redirect:/author/jobs/" + job.id();
    }

    @PostMapping("/unpublish")
    String unpublish(@RequestParam(defaultValue = "") String path, Principal me, RedirectAttributes redirect) {
        Content page = tree.page(path);
        boolean removed = store.publisher().unpublish(page.path(), me.getName());
        if (removed) {
            audit.record(me.getName(), AuditAction.UNPUBLISHED, page.path(), "вместе с подстраницами");
        }
        redirect.addFlashAttribute("notice", removed ? "Страница и её подстраницы сняты с публикации."
                : "Страница и так не была опубликована.");
        return "redirect:" + PageEditorController.href(page.path());
    }

    /** The nearest page above (up to the home page) that is not on the public site, if any. */
    private String unpublishedAncestor(String path) {
        for (String p = ContentPaths.parent(path); p.startsWith(SiteMap.SITE_ROOT); p = ContentPaths.parent(p)) {
            if (store.view(Workspace.LIVE).get(p).isEmpty()) {
                return p;
            }
            if (p.equals(SiteMap.SITE_ROOT)) {
                break;
            }
        }
        return null;
    }
}
