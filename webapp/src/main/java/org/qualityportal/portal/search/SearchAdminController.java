package org.qualityportal.portal.search;

import java.security.Principal;

import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.search.SearchFields;
import org.qualityportal.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The search index for admins: what it holds, and a full reindex from the live tree as a job with a
 * progress page (the site keeps searching the old contents until the new ones are complete).
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/search")
class SearchAdminController {
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final AuditLog audit;

    SearchAdminController(SearchIndex index, SearchIndexer indexer, AuditLog audit) {
        this.index = index;
        this.indexer = indexer;
        this.audit = audit;
    }

    /** What the page shows about the index. */
    public record IndexPage(int documents, int schemaVersion, int currentSchema, boolean current, boolean reindexing,
                            int filesWaiting) {
    }

    @GetMapping({"", "/"})
    String page(Model model) {
        model.addAttribute("page", new IndexPage(index.count(), index.schemaVersion(), SearchFields.SCHEMA_VERSION,
                index.isCurrent(), index.isReindexing(), indexer.attachmentsPending()));
        return "admin/search";
    }

    @PostMapping("/reindex")
    String reindex(Principal me) {
        Job job = indexer.rebuild(me.getName());
        audit.record(me.getName(), AuditAction.REINDEXED, "/", "задание " + job.id());
        return "redirect:/author/jobs/" + job.id();
    }
}
