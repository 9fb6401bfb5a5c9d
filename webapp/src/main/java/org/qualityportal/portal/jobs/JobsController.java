package org.qualityportal.portal.jobs;

import java.time.Instant;
import java.util.List;

import org.qualityportal.portal.config.PortalTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The long operations of the workspace: the list, and one job's page that reloads itself while the
 * job runs, so it can be followed (or left and come back to) without JavaScript.
 */
@Controller
@RequestMapping("/author/jobs")
class JobsController {
    static final int REFRESH_SECONDS = 2;

    private final Jobs jobs;
    private final PortalTime time;

    JobsController(Jobs jobs, PortalTime time) {
        this.jobs = jobs;
        this.time = time;
    }

    public record JobPage(Job.Snapshot job, String created, String finished, int refreshSeconds) {
    }

    public record ListRow(Job.Snapshot job, String created) {
    }

    public record ListPage(List<ListRow> rows, int kept, int refreshSeconds) {
    }

    @GetMapping({"", "/"})
    String list(Model model) {
        List<ListRow> rows = jobs.recent().stream().map(job -> new ListRow(job, format(job.created()))).toList();
        boolean running = rows.stream().anyMatch(row -> !row.job().finishedState());
        model.addAttribute("page", new ListPage(rows, Jobs.KEPT, running ? REFRESH_SECONDS : 0));
        return "author/jobs";
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, Model model) {
        Job.Snapshot job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).snapshot();
        model.addAttribute("page", new JobPage(job, format(job.created()), format(job.finished()),
                job.finishedState() ? 0 : REFRESH_SECONDS));
        return "author/job";
    }

    private String format(Instant at) {
        return time.format(at);
    }
}
