package org.qualityportal.discussions.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.content.Content;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.registry.Directory;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public side of discussions: the list, a discussion's page (readable by all, closed ones too),
 * and the forms of signed-in people: post, reply, edit within the window, withdraw, report.
 */
@Controller
class DiscussionController {
    private final Discussions discussions;
    private final Contributions contributions;
    private final Posting posting;
    private final Directory directory;
    private final ModulePages pages;
    private final PageRenderer renderer;
    private final ModuleTime time;

    DiscussionController(Discussions discussions, Contributions contributions, Posting posting, Directory directory,
                         ModulePages pages, PageRenderer renderer, ModuleTime time) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.posting = posting;
        this.directory = directory;
        this.pages = pages;
        this.renderer = renderer;
        this.time = time;
    }

    /** One line of the list of discussions. */
    public record Row(String id, String title, String phase, String period, boolean open, boolean resultsPublished) {
    }

    @GetMapping("/discussions")
    ResponseEntity<String> list(HttpServletRequest request) {
        List<Row> rows = discussions.all().stream().sorted(Discussions.byRecency()).map(this::row).toList();
        return pages.render(request, "discussions", "Обсуждение и экспертиза", Map.of("rows", rows));
    }

    Row row(Discussion d) {
        Discussion.Phase phase = d.phase(time.now());
        return new Row(d.id(), d.title(), switch (phase) {
            case UPCOMING -> "Скоро";
            case OPEN -> "Идёт обсуждение";
            case CLOSED -> "Завершено";
        }, time.format(d.opens()) + " — " + time.format(d.closes()), phase == Discussion.Phase.OPEN, d.resultsPublished());
    }

    @GetMapping("/discussions/{id}")
    ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String sent,
                                HttpServletRequest request) {
        Discussion d = discussion(id);
        return show(request, HttpStatus.OK, d, Map.of(), new Posting.Form("", "", "", "", "", ""), sent);
    }

    @PostMapping("/discussions/{id}/contributions")
    Object post(@PathVariable String id, @ModelAttribute Posting.Form form, HttpServletRequest request) {
        Discussion d = discussion(id);
        Posting.Outcome outcome = posting.post(d, Viewer.current(), form);
        if (!outcome.ok()) {
            return show(request, status(outcome.problem()), d, outcome.errors(), form, null);
        }
        Contribution c = outcome.contribution();
        return "redirect:/discussions/" + id + "?sent=" + (c.visible() ? "published" : "pending") + "#c-" + c.id();
    }

    @GetMapping("/discussions/{id}/contributions/{cid}/edit")
    ResponseEntity<String> editForm(@PathVariable String id, @PathVariable String cid, HttpServletRequest request) {
        Discussion d = discussion(id);
        Contribution c = contribution(d, cid);
        Optional<String> refused = posting.editRefusal(d, c, Viewer.current());
        return pages.render(request, refused.isPresent() ? HttpStatus.FORBIDDEN : HttpStatus.OK, "contribution-edit",
                "Изменить сообщение", editValues(d, c, c.text(), c.stance().id(), refused.map(r -> Map.of("text", r))
                        .orElse(Map.of())));
    }

    @PostMapping("/discussions/{id}/contributions/{cid}/edit")
    Object edit(@PathVariable String id, @PathVariable String cid, @RequestParam(defaultValue = "") String text,
                @RequestParam(defaultValue = "") String stance, HttpServletRequest request) {
        Discussion d = discussion(id);
        Contribution c = contribution(d, cid);
        Posting.Outcome outcome = posting.edit(d, c, Viewer.current(), text, stance);
        if (!outcome.ok()) {
            return pages.render(request, status(outcome.problem()), "contribution-edit", "Изменить сообщение",
                    editValues(d, c, text, stance, outcome.errors()));
        }
        return "redirect:/discussions/" + id + "#c-" + cid;
    }

    @PostMapping("/discussions/{id}/contributions/{cid}/withdraw")
    String withdraw(@PathVariable String id, @PathVariable String cid) {
        Discussion d = discussion(id);
        if (!posting.withdraw(d, contribution(d, cid), Viewer.current())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Отозвать это сообщение нельзя.");
        }
        return "redirect:/discussions/" + id + "#c-" + cid;
    }

    @PostMapping("/discussions/{id}/contributions/{cid}/report")
    String report(@PathVariable String id, @PathVariable String cid) {
        Discussion d = discussion(id);
        if (!posting.report(d, contribution(d, cid), Viewer.current())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Пожаловаться можно только на опубликованное сообщение другого участника.");
        }
        return "redirect:/discussions/" + id + "?sent=reported#c-" + cid;
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, Discussion d,
                                        Map<String, String> errors, Posting.Form form, String sent) {
        Optional<Directory.Discussed> document = directory.discussed(d.documentPath());
        String link = document.filter(doc -> !doc.draft()).map(doc -> renderer.site().link(d.documentPath())).orElse("");
        DiscussionPage page = DiscussionPage.of(d, document.map(Directory.Discussed::content), link,
                contributions.of(d.id()), Viewer.current(), posting, time);
        Map<String, Object> values = new HashMap<>();
        values.put("discussion", page);
        values.put("errors", errors);
        values.put("form", form);
        values.put("sent", sent == null ? "" : sent);
        values.put("municipalities", directory.municipalities());
        return pages.render(request, status, "discussion", d.title(), values);
    }

    private Map<String, Object> editValues(Discussion d, Contribution c, String text, String stance,
                                           Map<String, String> errors) {
        return Map.of("discussionId", d.id(), "discussionTitle", d.title(), "contributionId", c.id(), "text", text,
                "stance", stance, "errors", errors);
    }

    static HttpStatus status(Posting.Problem problem) {
        return switch (problem) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_FAST -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private Discussion discussion(String id) {
        return discussions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Contribution contribution(Discussion d, String cid) {
        return contributions.find(cid).filter(c -> c.discussionId().equals(d.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
