package org.qualityportal.portal.audit;

import org.qualityportal.portal.config.PortalTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for editors, publishers and admins: filter by user, action, path and days. */
@Controller
class AuditController {
    private final AuditLog log;
    private final PortalTime time;

    AuditController(AuditLog log, PortalTime time) {
        this.log = log;
        this.time = time;
    }

    @GetMapping("/author/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String path, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
        AuditFilter filter = AuditFilter.of(user, action, path, from, to, page);
        var entries = log.entries(filter.fromInstant(time), filter.toInstant(time)).stream()
                .filter(filter::matches).toList();
        model.addAttribute("audit", AuditPage.of(filter, entries, time));
        return "author/audit";
    }
}
