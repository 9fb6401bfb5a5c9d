package org.qualityportal.discussions.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Blocks;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.Moderation;
import org.qualityportal.discussions.discussion.TextFormat;
import org.qualityportal.discussions.registry.Directory;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.registry.ExpertStatus;
import org.qualityportal.templating.models.Pager;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The moderators' queue: registry applications, contributions waiting for approval, reported ones,
 * and blocked participants. A reason is required to decline, reject, hide or block.
 */
@Controller
class ModerationController {
    /** Waiting contributions shown on one page of the queue: a moderator reads and decides each one. */
    private static final int PAGE_SIZE = 50;
    private final Moderation moderation;
    private final ExpertRegistry registry;
    private final Blocks blocks;
    private final Discussions discussions;
    private final Directory directory;
    private final AuditTrail audit;
    private final ModulePages pages;
    private final ModuleTime time;
    private final RegistryDecisions decisions;

    ModerationController(Moderation moderation, ExpertRegistry registry, Blocks blocks, Discussions discussions,
                         Directory directory, AuditTrail audit, ModulePages pages, ModuleTime time,
                         RegistryDecisions decisions) {
        this.moderation = moderation;
        this.registry = registry;
        this.blocks = blocks;
        this.discussions = discussions;
        this.directory = directory;
        this.audit = audit;
        this.pages = pages;
        this.time = time;
        this.decisions = decisions;
    }

    /** A contribution in the queue. */
    public record Item(String id, String discussionId, String discussion, String author, String login, String track,
                       String html, String created, int reports) {
    }

    /** A registry entry awaiting or open to a decision. */
    public record Applicant(String id, String name, String login, String organisation, String position,
                            String municipality, String areas, String qualification, String status, boolean applicant,
                            boolean active, boolean suspended) {
    }

    @GetMapping("/moderation")
    ResponseEntity<String> queue(@RequestParam(required = false) String done, @RequestParam(required = false) String page,
                                 HttpServletRequest request) {
        return show(request, HttpStatus.OK, done, "", page);
    }

    @PostMapping("/moderation/contributions/{id}/{action}")
    Object contribution(@PathVariable String id, @PathVariable String action,
                        @RequestParam(defaultValue = "") String reason, HttpServletRequest request) {
        String me = Viewer.current().login();
        String why = TextFormat.clean(reason);
        if (needsReason(action) && why.isEmpty()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, null, "Укажите причину: её увидят читатели и автор.");
        }
        Optional<Contribution> done = switch (action) {
            case "approve" -> moderation.approve(id, me);
            case "reject" -> moderation.reject(id, why, me);
            case "hide" -> moderation.hide(id, why, me);
            case "keep" -> moderation.keep(id, me);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        if (done.isEmpty()) {
            return show(request, HttpStatus.CONFLICT, null, "Сообщение не найдено или уже рассмотрено.");
        }
        return "redirect:/moderation?done=" + action;
    }

    @PostMapping("/moderation/users/block")
    Object block(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String reason,
                 HttpServletRequest request) {
        String why = TextFormat.clean(reason);
        if (login.isBlank() || why.isEmpty()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, null, "Укажите пользователя и причину блокировки.");
        }
        moderation.block(login.strip(), why, Viewer.current().login());
        return "redirect:/moderation?done=block";
    }

    @PostMapping("/moderation/users/unblock")
    String unblock(@RequestParam(defaultValue = "") String login) {
        moderation.unblock(login, Viewer.current().login());
        return "redirect:/moderation?done=unblock";
    }

    @PostMapping("/moderation/experts/{id}/{action}")
    Object expert(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request) {
        String why = TextFormat.clean(reason);
        if (("decline".equals(action) || "suspend".equals(action)) && why.isEmpty()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, null, "Укажите причину решения: её получит эксперт.");
        }
        Expert e = registry.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!decisions.decide(e, action, why, Viewer.current().login())) {
            return show(request, HttpStatus.CONFLICT, null, "Это решение к заявке уже неприменимо: её статус — "
                    + e.status().label().toLowerCase() + ".");
        }
        return "redirect:/moderation?done=" + action;
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, String done, String error) {
        return show(request, status, done, error, null);
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, String done, String error,
                                        String page) {
        Map<String, String> titles = new HashMap<>();
        discussions.all().forEach(d -> titles.put(d.id(), d.title()));
        Map<String, String> municipalities = directory.municipalityTitles();
        Map<String, String> areas = directory.areaTitles();
        List<Applicant> experts = registry.all().stream()
                .filter(e -> e.status() != ExpertStatus.DECLINED && e.status() != ExpertStatus.LEFT)
                .sorted(java.util.Comparator.comparing((Expert e) -> e.status() != ExpertStatus.APPLICANT))
                .map(e -> new Applicant(e.id(), e.name(), e.login(), e.organisation(), e.position(),
                        municipalities.getOrDefault(e.municipality(), ""),
                        String.join("; ", e.areas().stream().map(a -> areas.getOrDefault(a, a)).toList()),
                        e.qualification() + (e.qualificationYear() > 0 ? ", " + e.qualificationYear() : ""),
                        e.status().label(), e.status() == ExpertStatus.APPLICANT, e.active(),
                        e.status() == ExpertStatus.SUSPENDED)).toList();
        Map<String, Object> values = new HashMap<>();
        List<Contribution> waiting = moderation.pending();
        Pager shown = Pager.of(waiting.size(), PAGE_SIZE, page, "/moderation");
        values.put("pending", shown.slice(waiting).stream().map(c -> item(c, titles)).toList());
        values.put("pendingPage", shown);
        values.put("reported", moderation.reported().stream().map(c -> item(c, titles)).toList());
        values.put("experts", experts);
        values.put("blocked", blocks.all());
        values.put("done", done == null ? "" : done);
        values.put("error", error);
        return pages.render(request, status, "moderation", "Модерация", values);
    }

    private Item item(Contribution c, Map<String, String> titles) {
        return new Item(c.id(), c.discussionId(), titles.getOrDefault(c.discussionId(), ""), c.authorName(), c.author(),
                c.track().label(), TextFormat.html(c.text()), time.format(c.created()), c.reports());
    }

    private static boolean needsReason(String action) {
        return "reject".equals(action) || "hide".equals(action);
    }
}
