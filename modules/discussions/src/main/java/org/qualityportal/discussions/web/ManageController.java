package org.qualityportal.discussions.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.AuditTrail;
import org.qualityportal.content.Content;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.Sections;
import org.qualityportal.discussions.registry.Directory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Editors open discussions on published documents, and close them. The rest of running one is in {@link RunController}. */
@Controller
class ManageController {
    static final String BASE = "/discussions/manage";

    private final Discussions discussions;
    private final Directory directory;
    private final AuditTrail audit;
    private final ModulePages pages;
    private final ModuleTime time;
    private final DiscussionController lists;

    ManageController(Discussions discussions, Directory directory, AuditTrail audit, ModulePages pages,
                     ModuleTime time, DiscussionController lists) {
        this.discussions = discussions;
        this.directory = directory;
        this.audit = audit;
        this.pages = pages;
        this.time = time;
        this.lists = lists;
    }

    @GetMapping(BASE)
    ResponseEntity<String> list(HttpServletRequest request) {
        return pages.render(request, "manage", "Управление обсуждениями", Map.of(
                "rows", discussions.all().stream().sorted(Discussions.byRecency()).map(lists::row).toList(),
                "documents", directory.documents()));
    }

    @GetMapping(BASE + "/new")
    ResponseEntity<String> newForm(@RequestParam(defaultValue = "") String document, HttpServletRequest request) {
        Optional<Content> doc = directory.discussed(document).map(Directory.Discussed::content);
        if (doc.isEmpty()) {
            return pages.render(request, HttpStatus.NOT_FOUND, "manage", "Управление обсуждениями", Map.of(
                    "rows", List.of(), "documents", directory.documents(),
                    "error", "Документ не найден среди опубликованных. Выберите документ из списка."));
        }
        return showNew(request, HttpStatus.OK, doc.get(), OpeningForm.defaults(document, doc.get().string("title"), time),
                Map.of());
    }

    @PostMapping(BASE)
    Object open(@ModelAttribute OpeningForm form, HttpServletRequest request) {
        Optional<Content> doc = directory.discussed(form.document()).map(Directory.Discussed::content);
        Map<String, String> errors = form.problems(time, doc.isPresent());
        if (doc.isEmpty()) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "manage", "Управление обсуждениями", Map.of(
                    "rows", List.of(), "documents", directory.documents(), "error", errors.get("document")));
        }
        if (!errors.isEmpty()) {
            return showNew(request, HttpStatus.UNPROCESSABLE_ENTITY, doc.get(), form, errors);
        }
        List<Sections.Block> blocks = Sections.blocks(doc.get().string("body"));
        Instant closes = time.parseInput(form.closes());
        Instant due = form.reviewDue().isBlank() ? closes : time.parseInput(form.reviewDue());
        String me = Viewer.current().login();
        Discussion d = discussions.open(form.document(), form.title(), time.parseInput(form.opens()), closes,
                form.trackSet(), Sections.of(blocks, form.sectionIndexes()), due, me);
        audit.record(me, "DISCUSSION_OPENED", "Обсуждение открыто", "/discussions/" + d.id(),
                d.title() + " (" + d.documentPath() + ")");
        return "redirect:" + BASE + "/" + d.id() + "?done=opened";
    }

    private ResponseEntity<String> showNew(HttpServletRequest request, HttpStatus status, Content doc, OpeningForm form,
                                           Map<String, String> errors) {
        List<Sections.Block> blocks = Sections.blocks(doc.string("body"));
        Map<String, Object> values = new HashMap<>();
        values.put("form", form);
        values.put("errors", errors);
        values.put("documentTitle", doc.string("title"));
        values.put("blocks", blocks);
        return pages.render(request, status, "manage-new", "Новое обсуждение", values);
    }

    static Discussion find(Discussions discussions, String id) {
        return discussions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
